export { createSandboxPayment } from './create-payment.js';
export { type CardPaymentRequest, type CardPaymentResult, payWithCard } from './pay-with-card.js';
export { buildPaymentRecord, type PaymentDraft } from './payment-builder.js';
export { cancelPayment, chargePayment, MIN_REFUND_KZT, refundPayment } from './payment-lifecycle.js';
