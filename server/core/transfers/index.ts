export { performTransfer, type TransferContext, type TransferOutcome } from './perform-transfer.js';
export { DEFAULT_TRANSFER_CONFIG, type OrderIdUniqueness, type TransferConfig } from './transfer-config.js';
export {
  asTransferError,
  declineError,
  type TransferErrorContext,
  transferError,
} from './transfer-errors.js';
export { type TransferCards, toTransferResponse, transferCardsOf } from './transfer-response.js';
