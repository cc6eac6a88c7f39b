import type { CardScheme, SavedCardFixture } from '../../../fixtures/index.js';
import type { Clock } from '../clock.js';
import type { IdSource } from '../ids.js';
import type { StateStore } from '../state/index.js';
import type { SavedCardRecord } from './saved-card-record.js';

/** Saved cards: the fixtures' (004's receiver card) plus those saved through the API (in the state). */
export interface SavedCards {
  /** The card `cardId` if `clientId` saved it, else undefined (one merchant never sees another's cards). */
  find(clientId: string, cardId: string): SavedCardRecord | undefined;
  /**
   * Saves a card for `clientId`/`accountId`, or returns the one already saved with the same mask and expiry
   * (saving a card twice gives the same id, as card-on-file services do). Commit the store afterwards.
   */
  save(card: {
    clientId: string;
    accountId: string;
    cardMask: string;
    scheme: CardScheme;
    expiry: string;
  }): SavedCardRecord;
  /** Cards of one merchant (and account, when given). */
  list(clientId: string, accountId?: string): SavedCardRecord[];
}

/** What {@link createSavedCards} needs. */
export interface SavedCardsDeps {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly fixtures: readonly SavedCardFixture[];
}

/**
 * Creates the saved-card directory.
 *
 * @example
 * const cards = createSavedCards({ store, clock, ids, fixtures: defaultFixtures.savedCards });
 * cards.find('test', 'fcf69516-f7e8-9b14-e053-1d1a000aef2f')?.cardMask; // '440563...7622'
 */
export function createSavedCards(deps: SavedCardsDeps): SavedCards {
  const fixtureCards = new Map<string, SavedCardRecord>(
    deps.fixtures.map((f) => [
      f.cardId.toLowerCase(),
      {
        cardId: f.cardId,
        clientId: f.clientId,
        accountId: f.accountId,
        cardMask: f.cardMask,
        scheme: f.scheme,
        expiry: '',
        createdAt: '2020-01-01T00:00:00.000Z',
        origin: 'fixture',
      },
    ]),
  );
  const all = function* (): Generator<SavedCardRecord> {
    yield* fixtureCards.values();
    yield* Object.values(deps.store.state.savedCards);
  };
  return {
    find(clientId, cardId) {
      const key = cardId.trim().toLowerCase();
      const savedCards = deps.store.state.savedCards;
      const card = (Object.hasOwn(savedCards, key) ? savedCards[key] : undefined) ?? fixtureCards.get(key);
      return card && card.clientId === clientId ? card : undefined;
    },
    save(card) {
      for (const existing of all()) {
        if (
          existing.clientId === card.clientId &&
          existing.accountId === card.accountId &&
          existing.cardMask === card.cardMask &&
          existing.expiry === card.expiry
        ) {
          return existing;
        }
      }
      const record: SavedCardRecord = {
        ...card,
        cardId: deps.ids.uuid(),
        createdAt: deps.clock.now().toISOString(),
        origin: 'api',
      };
      deps.store.state.savedCards[record.cardId] = record;
      return record;
    },
    list(clientId, accountId) {
      return [...all()].filter(
        (c) => c.clientId === clientId && (accountId === undefined || c.accountId === accountId),
      );
    },
  };
}
