import { type CatalogueEntry, ERROR_CATALOGUE } from '../errors/index.js';

/**
 * Messages of the bank's card decline codes (DESIGN.md facts; 487's text as 004 prints it, trimmed).
 * Codes that issues add to the error catalogue take their message from there.
 */
const DECLINE_MESSAGES: Readonly<Record<number, string>> = {
  457: 'Wrong expiry date',
  459: 'Check card number',
  465: 'Card restricted',
  466: 'Declined',
  467: 'Card disabled',
  470: 'Invalid amount',
  471: 'No such card',
  472: 'No such card',
  478: 'Expired card',
  479: 'Restricted card',
  484: 'Insufficient funds',
  487: 'Not permitted to merchant',
};

/** resultMessage of each check-status resultCode (003's table; 101 as its error example spells it). */
export const STATUS_RESULT_MESSAGES: Readonly<Record<string, string>> = {
  '100': 'SUCCESS',
  '101': 'reject',
  '102': 'Invoice not found, try again later or check transaction type (payment/p2p)',
  '103': 'Error, try again or contact support',
  '104': 'Field terminal absent in token',
  '106': 'Incorrect terminal',
  '107': 'Try again later',
  '109': 'Terminal does not belong to the client, check provided request',
};

/**
 * The message the bank gives with `code`: from the error catalogue when an endpoint added it there,
 * else from the bank's decline table, else a generic text naming the code.
 *
 * @example
 * bankMessage(484); // 'Insufficient funds'
 */
export function bankMessage(code: number): string {
  const entry = Object.values(ERROR_CATALOGUE).find((e: CatalogueEntry) => e.code === code);
  return entry?.message ?? DECLINE_MESSAGES[code] ?? `Declined with code ${code} (sandbox scenario)`;
}
