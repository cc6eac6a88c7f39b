import type { TransferRecord } from '../../records/index.js';
import type { SearchField } from '../engine/types.js';
import { p2pCardMask } from './card-masks.js';

/**
 * The filters of `POST /p2p/operations` (001's table) and the transfer property each reads. 001 names
 * the date `created_date` in its table and `created_at` in its text and example: both are accepted.
 * `terminal_id` is the terminal GUID (an 8-digit terminal number is translated by the endpoint);
 * `card_mask` is the sender's card as the answer prints it.
 */
export const TRANSFER_FIELDS: readonly SearchField<TransferRecord>[] = [
  { name: 'created_at', type: 'date', property: 'createdAt', aliases: ['created_date'] },
  { name: 'terminal_id', type: 'text', property: 'terminalId', dictionary: true },
  { name: 'invoice_id', type: 'text', property: 'invoiceId' },
  { name: 'account_id', type: 'text', property: 'accountId' },
  { name: 'payer_phone', type: 'text', property: 'phone' },
  { name: 'payer_email', type: 'text', property: 'email' },
  { name: 'reference', type: 'text', property: 'reference' },
  { name: 'amount', type: 'number', property: 'amount' },
  { name: 'card_mask', type: 'text', property: 'senderCardMask', map: (mask: string) => p2pCardMask(mask) },
];
