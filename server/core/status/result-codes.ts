/** `resultCode`s of the check-status endpoints (003's table, plus 106 from the bank's site) and their messages. */
export const RESULT_CODES = {
  '100': 'SUCCESS',
  '101': 'reject',
  '102': 'Invoice not found, try again later or check transaction type (payment/p2p)',
  '103': 'Error, try again or contact support',
  '104': 'Field terminal absent in token',
  '106': 'Incorrect terminal',
  '107': 'Try again later',
  '109': 'Terminal does not belong to the client, check provided request',
} as const;

/** A result code the sandbox answers. */
export type ResultCodeValue = keyof typeof RESULT_CODES;

/**
 * Invoice (order) ids that always answer a given result code, so clients can test their handling of codes
 * a healthy bank rarely gives. They apply to both status endpoints, after the token checks (104, 109).
 */
export const RESERVED_STATUS_IDS: Readonly<Record<string, ResultCodeValue>> = {
  '999999999999101': '101',
  '999999999999102': '102',
  '999999999999103': '103',
  '999999999999106': '106',
  '999999999999107': '107',
};
