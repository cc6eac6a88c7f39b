/**
 * `cardNumber` of the `/operations` answer: the mask with four dots, as 000 prints it next to the
 * three-dot `cardMask` (`4003....9282` / `4003...9282`).
 *
 * @example
 * operationsCardNumber('440563...5096'); // '440563....5096'
 */
export function operationsCardNumber(mask: string): string {
  return mask.replace('...', '....');
}

/**
 * A card mask in the P2P search's style: first 4 digits, asterisks, last 4, as long as the card number
 * (`4003********9821`, 001): 15 characters for AMEX (BIN 34 or 37), 16 otherwise. Masks already in
 * that style are kept.
 *
 * @example
 * p2pCardMask('440563...5096'); // '4405********5096'
 */
export function p2pCardMask(mask: string): string {
  if (mask.includes('*') || mask.length < 8) return mask;
  const length = mask.startsWith('34') || mask.startsWith('37') ? 15 : 16;
  return `${mask.slice(0, 4)}${'*'.repeat(length - 8)}${mask.slice(-4)}`;
}
