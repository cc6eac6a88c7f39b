import type { CardScheme, Merchant, Terminal, TestCard } from '../../../fixtures/index.js';
import type { Clock } from '../clock.js';
import type { MerchantDirectory } from '../merchants/index.js';
import type { TransferType } from '../records/index.js';
import { maskPan } from '../records/index.js';
import type { CardConfig } from './card-config.js';
import { schemeOf } from './card-scheme.js';
import { type Decline, type DeclineKey, declineOf, TEST_DATA_DECLINES } from './declines.js';
import { passesLuhn } from './luhn.js';
import type { SavedCards } from './saved-cards.js';

/** Expiry as the bank's bodies send it (`{"month": "01", "year": "25"}`). */
export interface CardExpiry {
  readonly month: string;
  readonly year: string;
}

/** The card an operation takes money from: typed in (`TYPEPAN`) or saved earlier (`TYPECARDID`). */
export type CardSource =
  | {
      readonly type: 'pan';
      readonly pan: string;
      readonly expiry: CardExpiry;
      readonly cvc: string;
      readonly name?: string;
    }
  | { readonly type: 'saved'; readonly cardId: string };

/** The card a transfer pays to: a PAN (no expiry, no CVC) or a saved card id. */
export type ReceiverSource =
  | { readonly type: 'pan'; readonly pan: string }
  | { readonly type: 'saved'; readonly cardId: string };

/** One authorisation: the order's merchant, terminal, amount, and its card(s). */
export interface AuthorizationRequest {
  /** The merchant asking (the token's `client_id`). */
  readonly clientId: string;
  readonly terminalId: string;
  readonly amount: number;
  readonly currency: string;
  /** The merchant's customer; saved cards must belong to it. */
  readonly accountId?: string;
  readonly card: CardSource;
  /** P2P transfers only. */
  readonly receiver?: ReceiverSource;
  /** True when the order id is already taken by an approved operation of this merchant (9203). */
  readonly orderTaken?: boolean;
  /**
   * A forced success: the declines of {@link TEST_DATA_DECLINES} (a locked or unknown test card, a wrong
   * expiry or CVC, funds) are passed over; every other check still applies.
   */
  readonly forceApproval?: boolean;
}

/** A card as the sandbox may keep and answer it: masked, never the PAN or CVC. */
export interface ResolvedCard {
  /** `440563...5096`, or '' when the PAN was unreadable. */
  readonly cardMask: string;
  readonly scheme: CardScheme;
  /** The saved card's id, or '' for a typed-in card. */
  readonly cardId: string;
  /** `MM/YY` as verified, or '' when unknown. */
  readonly expiry: string;
  readonly issuer: string;
  readonly transferType: TransferType;
}

/** The outcome of {@link CardAuthorizer.authorize}. Cards are included when they could be read, even on a decline. */
export type Authorization =
  | {
      readonly approved: true;
      readonly merchant: Merchant;
      readonly terminal: Terminal;
      readonly card: ResolvedCard;
      readonly receiver?: ResolvedCard;
    }
  | {
      readonly approved: false;
      readonly decline: Decline;
      readonly merchant?: Merchant;
      readonly terminal?: Terminal;
      readonly card?: ResolvedCard;
      readonly receiver?: ResolvedCard;
    };

/**
 * The sandbox's issuer and acquirer in one: checks an order's terminal and a card against the bank's test
 * cards. Shared by P2P transfers and the hosted payment page, so both decline alike.
 */
export interface CardAuthorizer {
  /**
   * Authorises `request`. Checks, in this order (the first failure wins):
   * 1. terminal known and owned by the merchant (else 487), currency allowed on it (9202), order id free (9203);
   * 2. amount > 0 with at most 2 decimals (470);
   * 3. the sender card: PAN 12-19 digits, Luhn, known scheme (459); a test card (471); expiry as printed (457);
   *    CVC (466); unlocked (465); not expired by the sandbox clock under the `clock` policy (478). A saved card:
   *    saved by this merchant for `accountId` (472); its test card unlocked (467);
   * 4. the receiver: PAN as above (459; any Luhn-valid card of a known scheme may receive), not a locked test
   *    card (479); or a saved card as above (472);
   * 5. available funds (484).
   */
  authorize(request: AuthorizationRequest): Authorization;
}

/** What {@link createCardAuthorizer} needs. */
export interface CardAuthorizerDeps {
  readonly merchants: MerchantDirectory;
  readonly testCards: readonly TestCard[];
  readonly savedCards: SavedCards;
  readonly clock: Clock;
  readonly config: CardConfig;
}

const PAN_PATTERN = /^\d{12,19}$/;

/**
 * Creates the card authoriser over the fixture cards.
 *
 * @example
 * const cards = createCardAuthorizer({ merchants, testCards: fixtures.cards, savedCards, clock, config: DEFAULT_CARD_CONFIG });
 * const result = cards.authorize({
 *   clientId: 'test', terminalId: '67e34d63-102f-4bd1-898e-370781d0074d', amount: 100, currency: 'KZT',
 *   card: { type: 'pan', pan: '4405639704015096', expiry: { month: '01', year: '25' }, cvc: '815' },
 * });
 * result.approved; // true
 */
export function createCardAuthorizer(deps: CardAuthorizerDeps): CardAuthorizer {
  const { merchants, savedCards, clock, config } = deps;
  const byMask = new Map(deps.testCards.map((c) => [maskPan(c.pan), c]));

  const expiredByClock = (expiry: string): boolean => {
    if (config.expiryPolicy !== 'clock' || expiry === '') return false;
    const [mm, yy] = expiry.split('/').map(Number);
    const firstDayAfter = Date.UTC(2000 + (yy ?? 0), mm ?? 0, 1);
    return clock.now().getTime() >= firstDayAfter;
  };

  type CardCheck = { card?: ResolvedCard; decline?: Decline };
  const fail = (key: DeclineKey, detail: string, card?: ResolvedCard): CardCheck => ({
    decline: declineOf(key, 'card', detail),
    ...(card ? { card } : {}),
  });

  const readPan = (pan: string, side: string): { pan?: string; scheme?: CardScheme; decline?: Decline } => {
    const digits = pan.replace(/[\s-]/g, '');
    if (!PAN_PATTERN.test(digits)) {
      return { decline: declineOf('cardCheckNumber', 'card', `the ${side} PAN is not 12 to 19 digits`) };
    }
    if (!passesLuhn(digits)) {
      return { decline: declineOf('cardCheckNumber', 'card', `the ${side} PAN fails the Luhn check`) };
    }
    const scheme = schemeOf(digits);
    if (!scheme) {
      return {
        decline: declineOf(
          'cardCheckNumber',
          'card',
          `the ${side} PAN is of no known scheme (VISA, MasterCard, AMEX)`,
        ),
      };
    }
    return { pan: digits, scheme };
  };

  const checkSender = (card: CardSource, accountId: string | undefined, clientId: string): CardCheck => {
    if (card.type === 'saved') return checkSaved(card.cardId, accountId, clientId, 'sender');
    const read = readPan(card.pan, 'sender');
    if (read.decline || !read.pan || !read.scheme)
      return { ...(read.decline ? { decline: read.decline } : {}) };
    const test = merchants.testCard(read.pan);
    const expiry = normaliseExpiry(card.expiry);
    const resolved: ResolvedCard = {
      cardMask: maskPan(read.pan),
      scheme: test?.scheme ?? read.scheme,
      cardId: '',
      expiry: expiry ?? '',
      issuer: '',
      transferType: 'TYPEPAN',
    };
    if (!test)
      return fail('noSuchCard', "the sender PAN is none of the bank's test cards (see README)", resolved);
    if (!expiry)
      return fail('cardWrongExpiry', 'the expiry is not a month 01-12 and a 2- or 4-digit year', resolved);
    if (expiry !== test.expiry)
      return fail('cardWrongExpiry', "the expiry differs from the test card's", resolved);
    if (card.cvc !== test.cvc) return fail('cardDeclined', "the CVC differs from the test card's", resolved);
    if (test.status === 'lock') return fail('cardRestricted', 'the test card is locked', resolved);
    if (expiredByClock(test.expiry)) {
      return fail(
        'cardExpired',
        `the card expired in ${test.expiry} by the sandbox clock (expiry policy 'clock')`,
        resolved,
      );
    }
    return { card: resolved };
  };

  const checkSaved = (
    cardId: string,
    accountId: string | undefined,
    clientId: string,
    side: 'sender' | 'receiver',
  ): CardCheck => {
    const saved = savedCards.find(clientId, cardId);
    if (!saved) return fail('noSuchCardId', `the ${side} card id is not a card saved for this merchant`);
    if (saved.accountId !== (accountId ?? '')) {
      return fail('noSuchCardId', `the ${side} card id is saved for another accountID than the order's`);
    }
    const resolved: ResolvedCard = {
      cardMask: saved.cardMask,
      scheme: saved.scheme,
      cardId: saved.cardId,
      expiry: saved.expiry,
      issuer: '',
      transferType: 'TYPECARDID',
    };
    const test = byMask.get(saved.cardMask);
    if (side === 'sender' && test?.status === 'lock') {
      return fail('cardDisabled', 'the saved card is a locked test card', resolved);
    }
    if (side === 'receiver' && test?.status === 'lock') {
      return fail('receiverRestricted', 'the receiver is a locked test card', resolved);
    }
    if (side === 'sender' && expiredByClock(saved.expiry)) {
      return fail('cardExpired', `the saved card expired in ${saved.expiry} by the sandbox clock`, resolved);
    }
    return { card: resolved };
  };

  const checkReceiver = (
    receiver: ReceiverSource,
    accountId: string | undefined,
    clientId: string,
  ): CardCheck => {
    if (receiver.type === 'saved') return checkSaved(receiver.cardId, accountId, clientId, 'receiver');
    const read = readPan(receiver.pan, 'receiver');
    if (read.decline || !read.pan || !read.scheme)
      return { ...(read.decline ? { decline: read.decline } : {}) };
    const test = merchants.testCard(read.pan);
    const resolved: ResolvedCard = {
      cardMask: maskPan(read.pan),
      scheme: test?.scheme ?? read.scheme,
      cardId: '',
      expiry: '',
      issuer: '',
      transferType: 'TYPEPAN',
    };
    if (test?.status === 'lock')
      return fail('receiverRestricted', 'the receiver is a locked test card', resolved);
    return { card: resolved };
  };

  return {
    authorize(request) {
      const owner = merchants.terminalOwner(request.terminalId);
      if (!owner) {
        return {
          approved: false,
          decline: declineOf(
            'notPermittedToMerchant',
            'order',
            `terminal '${request.terminalId}' is unknown`,
          ),
        };
      }
      if (owner.merchant.clientId !== request.clientId) {
        return {
          approved: false,
          decline: declineOf(
            'notPermittedToMerchant',
            'order',
            `terminal '${request.terminalId}' belongs to another merchant than '${request.clientId}'`,
          ),
        };
      }
      const { merchant, terminal } = owner;
      const currency = request.currency.toUpperCase();
      if (!terminal.currencies.includes(currency)) {
        const detail = `terminal '${terminal.id}' accepts ${terminal.currencies.join(', ')}, not '${request.currency}'`;
        return {
          approved: false,
          decline: declineOf('currencyNotAllowed', 'order', detail),
          merchant,
          terminal,
        };
      }
      if (request.orderTaken) {
        const detail = 'an approved operation of this merchant already has this order id';
        return { approved: false, decline: declineOf('duplicateOrder', 'order', detail), merchant, terminal };
      }
      const amountProblem = checkAmount(request.amount);
      const sender = checkSender(request.card, request.accountId, request.clientId);
      const receiver = request.receiver
        ? checkReceiver(request.receiver, request.accountId, request.clientId)
        : {};
      const cards = {
        ...(sender.card ? { card: sender.card } : {}),
        ...(receiver.card ? { receiver: receiver.card } : {}),
      };
      const standing = (d: Decline | undefined): Decline | undefined =>
        d && request.forceApproval && TEST_DATA_DECLINES.has(d.key) ? undefined : d;
      const decline =
        (amountProblem && declineOf('invalidAmount', 'card', amountProblem)) ??
        standing(sender.decline) ??
        standing(receiver.decline);
      if (decline) return { approved: false, decline, merchant, terminal, ...cards };
      const funds = config.availableFunds[currency] ?? config.availableFunds.KZT ?? Number.POSITIVE_INFINITY;
      if (request.amount > funds && !request.forceApproval) {
        const detail = `the test cards have ${funds} ${currency} available to one operation`;
        return {
          approved: false,
          decline: declineOf('insufficientFunds', 'card', detail),
          merchant,
          terminal,
          ...cards,
        };
      }
      if (!sender.card) throw new Error('card authoriser: an approved sender card must be resolved');
      return {
        approved: true,
        merchant,
        terminal,
        card: sender.card,
        ...(receiver.card ? { receiver: receiver.card } : {}),
      };
    },
  };
}

/** `MM/YY` from `{month, year}` (month 1-12, year of 2 or 4 digits), or undefined when malformed. */
function normaliseExpiry(expiry: CardExpiry): string | undefined {
  const month = expiry.month.trim();
  const year = expiry.year.trim();
  if (!/^\d{1,2}$/.test(month) || !/^(\d{2}|\d{4})$/.test(year)) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  return `${String(m).padStart(2, '0')}/${year.slice(-2)}`;
}

/** Why an amount is invalid (470), or undefined. */
function checkAmount(amount: number): string | undefined {
  if (!Number.isFinite(amount) || amount <= 0) return `the amount must be above 0, got ${amount}`;
  if (Math.round(amount * 100) !== Number((amount * 100).toFixed(6))) {
    return `the amount has more than 2 decimals: ${amount}`;
  }
  return undefined;
}
