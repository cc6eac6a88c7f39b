import type { InvoiceRecord } from './invoice-record.js';

/**
 * The record of 002's search response example, so that 002's search request finds what 002 prints
 * (merchant halykfinanceUSD, invoice_id 200220241201, CHARGED). Its instants keep millisecond precision.
 */
export const INVOICE_EXAMPLES: readonly InvoiceRecord[] = [
  {
    id: '39400628-6ebd-4640-9a25-116fb847db37',
    clientId: 'halykfinanceUSD',
    merchantId: 'ad638b1d-e515-4b9c-aab3-d3500735f6eb',
    shopId: '04f25a4b-d2bd-4dd8-b3a7-9390be4774c4',
    terminalId: 'd9d7978c-d6ee-4ec0-8cda-165251a4bf16',
    invoiceId: '200220241201',
    accountId: '',
    amount: 400,
    currency: 'KZT',
    language: 'rus',
    description: 'tes ',
    recipientContact: 'test@test.kz',
    recipientContactSms: '+77778877887',
    notifierContact: '',
    notifierContactSms: '+77778877887',
    expirePeriod: '2d',
    postLink: 'https://epay.homebank.kz/payform',
    failurePostLink: 'https://testmerchant/order/1123/fail',
    backLink: '',
    failureBackLink: '',
    cardSave: false,
    data: '',
    createdDate: '2024-02-20T09:15:29.289Z',
    expireDate: '2024-02-22T09:15:29.289Z',
    status: 'CHARGED',
    updatedDate: null,
    origin: 'example',
  },
];
