export { CARD_TYPE_IDS, CURRENCY_IDS, maskPan, STATUS_IDS, TRANSACTION_TYPE_IDS } from './dictionaries.js';
export { type IpLocation, ipLocationOf, NO_IP_LOCATION } from './ip-location.js';
export { isoToMs } from './iso-ms.js';
export { createLedger, type Ledger, type LedgerListener, type LedgerRecord } from './ledger.js';
export { maskCardNumbers, maskFreeText } from './mask-free-text.js';
export type { PaymentRecord, PaymentStatus, RecordOrigin, TransactionType } from './payment-record.js';
export {
  arraySource,
  type ColumnValue,
  type DictionaryColumn,
  isDictionaryColumn,
  isRecordSource,
  type RecordSource,
  type SourceColumn,
} from './record-source.js';
export type { TransferRecord, TransferType } from './transfer-record.js';
