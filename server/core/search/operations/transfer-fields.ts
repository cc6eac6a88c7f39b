import type { TransferRecord } from '../../records/index.js';
import type { SearchField } from '../engine/types.js';
import { p2pCardMask } from './card-masks.js';

/**
 * The filters of `POST /p2p/operations` (001's table) and what each reads from a transfer. 001 names the
 * date `created_date` in its table and `created_at` in its text and example: both are accepted.
 * `terminal_id` is the terminal GUID (an 8-digit terminal number is translated by the endpoint);
 * `card_mask` is the sender's card as the answer prints it.
 */
export const TRANSFER_FIELDS: readonly SearchField<TransferRecord>[] = [
  { name: 'created_at', type: 'date', value: (t) => t.createdAt, aliases: ['created_date'] },
  { name: 'terminal_id', type: 'text', value: (t) => t.terminalId },
  { name: 'invoice_id', type: 'text', value: (t) => t.invoiceId },
  { name: 'account_id', type: 'text', value: (t) => t.accountId },
  { name: 'payer_phone', type: 'text', value: (t) => t.phone },
  { name: 'payer_email', type: 'text', value: (t) => t.email },
  { name: 'reference', type: 'text', value: (t) => t.reference },
  { name: 'amount', type: 'number', value: (t) => t.amount },
  { name: 'card_mask', type: 'text', value: (t) => p2pCardMask(t.senderCardMask, t.senderCardType) },
];
