import type { Fixtures, Merchant, SavedCardFixture, Terminal, TestCard } from '../../../fixtures/index.js';

/** Read-only lookups over the fixture merchants, terminals, shops and cards. */
export interface MerchantDirectory {
  readonly merchants: readonly Merchant[];
  byClientId(clientId: string): Merchant | undefined;
  /** The merchant that owns `terminalId`, if any. */
  terminalOwner(terminalId: string): { merchant: Merchant; terminal: Terminal } | undefined;
  /** The merchant that owns `shopId`, if any. */
  shopOwner(shopId: string): Merchant | undefined;
  testCard(pan: string): TestCard | undefined;
  savedCard(cardId: string): SavedCardFixture | undefined;
}

/**
 * Indexes fixtures for constant-time lookups.
 *
 * @example
 * const directory = createMerchantDirectory(defaultFixtures);
 * directory.terminalOwner('67e34d63-102f-4bd1-898e-370781d0074d')?.merchant.clientId; // 'test'
 */
export function createMerchantDirectory(fixtures: Fixtures): MerchantDirectory {
  const byClient = new Map(fixtures.merchants.map((m) => [m.clientId, m]));
  const byTerminal = new Map<string, { merchant: Merchant; terminal: Terminal }>();
  const byShop = new Map<string, Merchant>();
  for (const merchant of fixtures.merchants) {
    for (const terminal of merchant.terminals)
      byTerminal.set(terminal.id.toLowerCase(), { merchant, terminal });
    for (const shop of merchant.shops) byShop.set(shop.id.toLowerCase(), merchant);
  }
  const cards = new Map(fixtures.cards.map((c) => [c.pan, c]));
  const saved = new Map(fixtures.savedCards.map((c) => [c.cardId.toLowerCase(), c]));
  return {
    merchants: fixtures.merchants,
    byClientId: (clientId) => byClient.get(clientId),
    terminalOwner: (terminalId) => byTerminal.get(terminalId.toLowerCase()),
    shopOwner: (shopId) => byShop.get(shopId.toLowerCase()),
    testCard: (pan) => cards.get(pan),
    savedCard: (cardId) => saved.get(cardId.toLowerCase()),
  };
}
