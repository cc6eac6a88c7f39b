/** The languages of the hosted pages (002's invoice languages). */
export type PageLanguage = 'rus' | 'kaz' | 'eng';

/** Every text of the hosted pages. */
export interface PageTexts {
  readonly htmlLang: string;
  readonly locale: string;
  readonly languageName: string;
  readonly languageNav: string;
  readonly sandboxNotice: string;
  readonly title: string;
  readonly merchant: string;
  readonly description: string;
  readonly orderNumber: string;
  readonly amount: string;
  readonly validUntil: string;
  readonly cardNumber: string;
  readonly cardNumberHint: string;
  readonly expiry: string;
  readonly expiryHint: string;
  readonly cvc: string;
  readonly cvcHint: string;
  readonly cardholder: string;
  readonly pay: string;
  readonly cancel: string;
  readonly missingCard: string;
  readonly successTitle: string;
  readonly successText: string;
  readonly card: string;
  readonly reference: string;
  readonly approvalCode: string;
  readonly declinedTitle: string;
  readonly code: string;
  readonly tryAgain: string;
  readonly backToShop: string;
  readonly backLinkNotUrl: string;
  readonly errorTitle: string;
  readonly expiredTitle: string;
  readonly deactivatedTitle: string;
  readonly paidTitle: string;
  readonly notFoundTitle: string;
  readonly noPayment: string;
  readonly close: string;
}

/** The hosted pages' texts in Russian, Kazakh and English. */
export const PAGE_TEXTS: Readonly<Record<PageLanguage, PageTexts>> = {
  rus: {
    htmlLang: 'ru',
    locale: 'ru-RU',
    languageName: 'Русский',
    languageNav: 'Язык',
    sandboxNotice: 'Тестовая среда epay-sandbox: деньги не списываются.',
    title: 'Оплата заказа',
    merchant: 'Магазин',
    description: 'Описание',
    orderNumber: 'Номер заказа',
    amount: 'Сумма',
    validUntil: 'Ссылка действует до',
    cardNumber: 'Номер карты',
    cardNumberHint: 'От 12 до 19 цифр, как на карте.',
    expiry: 'Срок действия',
    expiryHint: 'ММ/ГГ, например 01/25.',
    cvc: 'CVC/CVV',
    cvcHint: '3 или 4 цифры на обороте карты.',
    cardholder: 'Имя владельца карты',
    pay: 'Оплатить',
    cancel: 'Отменить оплату',
    missingCard: 'Укажите номер карты, срок действия и CVC.',
    successTitle: 'Оплата прошла успешно',
    successText: 'Платёж принят. Магазин получит уведомление.',
    card: 'Карта',
    reference: 'Референс',
    approvalCode: 'Код авторизации',
    declinedTitle: 'Платёж отклонён',
    code: 'Код',
    tryAgain: 'Оплатить другой картой',
    backToShop: 'Вернуться в магазин',
    backLinkNotUrl: 'Ссылка возврата магазина не является адресом http(s)',
    errorTitle: 'Оплата невозможна',
    expiredTitle: 'Срок действия ссылки истёк',
    deactivatedTitle: 'Ссылка на оплату деактивирована',
    paidTitle: 'Счёт уже оплачен',
    notFoundTitle: 'Ссылка на оплату не найдена',
    noPayment: 'Оплата по этой ссылке не принимается.',
    close: 'Закрыть',
  },
  kaz: {
    htmlLang: 'kk',
    locale: 'kk-KZ',
    languageName: 'Қазақша',
    languageNav: 'Тіл',
    sandboxNotice: 'epay-sandbox сынақ ортасы: ақша есептен шығарылмайды.',
    title: 'Тапсырысты төлеу',
    merchant: 'Дүкен',
    description: 'Сипаттамасы',
    orderNumber: 'Тапсырыс нөмірі',
    amount: 'Сомасы',
    validUntil: 'Сілтеме жарамды мерзімі',
    cardNumber: 'Карта нөмірі',
    cardNumberHint: 'Картадағыдай 12-ден 19-ға дейін цифр.',
    expiry: 'Жарамдылық мерзімі',
    expiryHint: 'АА/ЖЖ, мысалы 01/25.',
    cvc: 'CVC/CVV',
    cvcHint: 'Картаның артқы жағындағы 3 немесе 4 цифр.',
    cardholder: 'Карта иесінің аты',
    pay: 'Төлеу',
    cancel: 'Төлемнен бас тарту',
    missingCard: 'Карта нөмірін, жарамдылық мерзімін және CVC кодын енгізіңіз.',
    successTitle: 'Төлем сәтті өтті',
    successText: 'Төлем қабылданды. Дүкен хабарлама алады.',
    card: 'Карта',
    reference: 'Референс',
    approvalCode: 'Авторизация коды',
    declinedTitle: 'Төлем қабылданбады',
    code: 'Код',
    tryAgain: 'Басқа картамен төлеу',
    backToShop: 'Дүкенге оралу',
    backLinkNotUrl: 'Дүкеннің қайту сілтемесі http(s) мекенжайы емес',
    errorTitle: 'Төлем мүмкін емес',
    expiredTitle: 'Сілтеменің жарамдылық мерзімі өтті',
    deactivatedTitle: 'Төлем сілтемесі өшірілген',
    paidTitle: 'Шот төленіп қойған',
    notFoundTitle: 'Төлем сілтемесі табылмады',
    noPayment: 'Бұл сілтеме бойынша төлем қабылданбайды.',
    close: 'Жабу',
  },
  eng: {
    htmlLang: 'en',
    locale: 'en-GB',
    languageName: 'English',
    languageNav: 'Language',
    sandboxNotice: 'epay-sandbox test environment: no money is moved.',
    title: 'Order payment',
    merchant: 'Merchant',
    description: 'Description',
    orderNumber: 'Order number',
    amount: 'Amount',
    validUntil: 'Link valid until',
    cardNumber: 'Card number',
    cardNumberHint: '12 to 19 digits, as printed on the card.',
    expiry: 'Expiry date',
    expiryHint: 'MM/YY, e.g. 01/25.',
    cvc: 'CVC/CVV',
    cvcHint: '3 or 4 digits on the back of the card.',
    cardholder: 'Cardholder name',
    pay: 'Pay',
    cancel: 'Cancel payment',
    missingCard: 'Enter the card number, expiry date and CVC.',
    successTitle: 'Payment successful',
    successText: 'The payment is accepted. The merchant will be notified.',
    card: 'Card',
    reference: 'Reference',
    approvalCode: 'Approval code',
    declinedTitle: 'Payment declined',
    code: 'Code',
    tryAgain: 'Pay with another card',
    backToShop: 'Return to the shop',
    backLinkNotUrl: "The shop's return link is not an http(s) address",
    errorTitle: 'Payment not possible',
    expiredTitle: 'This payment link has expired',
    deactivatedTitle: 'This payment link has been deactivated',
    paidTitle: 'This invoice has been paid already',
    notFoundTitle: 'Payment link not found',
    noPayment: 'No payment can be made with this link.',
    close: 'Close',
  },
};

/**
 * The page language of a language code as integrations send it: `rus`, `RUS`, `ru`, `RU` -> rus; `kaz`,
 * `kz`, `kk` -> kaz; `eng`, `en` -> eng; anything else -> rus (the bank's default).
 *
 * @example
 * pageLanguage('RU'); // 'rus'
 */
export function pageLanguage(code: string | undefined): PageLanguage {
  const c = (code ?? '').trim().toLowerCase();
  if (c === 'kaz' || c === 'kz' || c === 'kk' || c === 'kk-kz') return 'kaz';
  if (c === 'eng' || c === 'en' || c.startsWith('en-')) return 'eng';
  return 'rus';
}
