// A front-end helper: asks ePay's OAuth server for a token bound to the order, then builds the payment
// object that the bank's widget takes (`halyk.pay(paymentObject)` or `halyk.showPaymentWidget`).
export const EPAY_OAUTH_URL = 'https://testoauth.homebank.kz/epay2/oauth2/token';

export interface Order {
  invoiceId: string;
  amount: number;
  currency: 'KZT' | 'USD';
  description: string;
}

export interface Merchant {
  clientId: string;
  clientSecret: string;
  terminal: string;
}

export async function createPaymentObject(order: Order, merchant: Merchant) {
  const form = new FormData();
  form.append('grant_type', 'client_credentials');
  form.append('scope', 'payment');
  form.append('client_id', merchant.clientId);
  form.append('client_secret', merchant.clientSecret);
  form.append('terminal', merchant.terminal);
  form.append('invoiceID', order.invoiceId);
  form.append('amount', String(order.amount));
  form.append('currency', order.currency);
  const res = await fetch(EPAY_OAUTH_URL, { method: 'POST', body: form });
  const auth = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`ePay refused the token: ${auth.error_description ?? `HTTP ${res.status}`}`);
  return {
    invoiceId: order.invoiceId,
    amount: order.amount,
    currency: order.currency,
    description: order.description,
    terminal: merchant.terminal,
    language: 'RU',
    backLink: 'https://shop.example/paid',
    failureBackLink: 'https://shop.example/failed',
    postLink: 'https://shop.example/api/epay/callback',
    auth,
  };
}
