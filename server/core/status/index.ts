export { p2pStatus, paymentStatus } from './check-status.js';
export { RESERVED_STATUS_IDS, RESULT_CODES, type ResultCodeValue } from './result-codes.js';
export { toP2PStatusTransaction, toPaymentStatusTransaction } from './status-views.js';
