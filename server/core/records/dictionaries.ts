import type { CardScheme } from '../../../fixtures/index.js';
import type { PaymentStatus, TransactionType } from './payment-record.js';

/**
 * GUIDs the bank uses for dictionary values in `/operations` (000) and check-status (003). The documented
 * ones are the bank's; the others are emulator-chosen and stable.
 */
export const STATUS_IDS: Readonly<Record<PaymentStatus, string>> = {
  NEW: '0f3a8c6e-5b0e-4c55-9d55-2f6a1d0b7e01',
  AUTH: '8c1f4a2e-6d3b-4f0e-9a7c-3b5d2e1f0a02',
  CHARGE: '22eb5a3e-0737-455c-ab42-ea98f80f7963', // 000's example records (paid out)
  CANCEL: '4b2d6e8f-1a3c-4e5f-8b7d-9c0e1f2a3b04',
  REFUND: '5bbb7dd5-4691-41ee-a6a5-755a3d23a218', // 003's example (statusName REFUND)
  REJECT: '6c3e7f9a-2b4d-4f6a-9c8e-0d1f2a3b4c06',
  FAILED: '7d4f8a0b-3c5e-4a7b-8d9f-1e2a3b4c5d07',
  '3D': '8e5a9b1c-4d6f-4b8c-9e0a-2f3b4c5d6e08',
};

/** Currency GUIDs (`currencyID` in 000; KZT is the bank's, from its example). */
export const CURRENCY_IDS: Readonly<Record<string, string>> = {
  KZT: '8d565e73-1f67-4169-99d9-6cbfc12c2e55',
  USD: '9e6b0c2d-5e7a-4c9d-8f1b-3a4c5d6e7f10',
  EUR: 'a07c1d3e-6f8b-4dae-9a2c-4b5d6e7f8a11',
  RUB: 'b18d2e4f-7a9c-4ebf-8b3d-5c6e7f8a9b12',
};

/** Card type GUIDs (`cardTypeID` in 000; VISA is the bank's, from its example). */
export const CARD_TYPE_IDS: Readonly<Record<CardScheme, string>> = {
  VISA: 'ec1e3a6a-5687-4c50-95aa-80723d9b940c',
  MasterCard: 'c29e3f5a-8bad-4fc0-9c4e-6d7f8a9b0c13',
  AMEX: 'd3af4a6b-9cbe-4ad1-8d5f-7e8a9b0c1d14',
};

/** Transaction type GUIDs (`transactionTypeID` in 000; purchase is the bank's, from its example). */
export const TRANSACTION_TYPE_IDS: Readonly<Record<TransactionType, string>> = {
  purchase: '4303bed9-243c-48d8-94de-8102f53e2803',
  recurrent: 'e4b05b7c-adcf-4be2-9e6a-8f9b0c1d2e15',
  installment: 'f5c16c8d-bed0-4cf3-8f7b-9a0c1d2e3f16',
  payout: '06d27d9e-cfe1-4d04-9a8c-0b1d2e3f4a17',
};

/**
 * Masks a PAN the way 004 answers it: first 6 digits, `...`, last 4.
 *
 * @example
 * maskPan('4405639704015096'); // '440563...5096'
 */
export function maskPan(pan: string): string {
  return `${pan.slice(0, 6)}...${pan.slice(-4)}`;
}
