export { type Checkout, openCheckout, payCheckout } from './checkout.js';
export { decodeParams, type PaymentObject, readPaymentObject } from './payment-object.js';
