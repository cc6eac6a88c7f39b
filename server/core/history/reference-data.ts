import type { CardScheme } from '../../../fixtures/index.js';

/**
 * Reference data of the generated history: what payers, cards and shops in Kazakhstan look like. Names are
 * transliterated the way the bank's examples print them ("Dana Tugumbayeva", "Sergey Frolov").
 */

export const MALE_FIRST_NAMES = [
  'Arman',
  'Nurlan',
  'Yerlan',
  'Daniyar',
  'Askar',
  'Timur',
  'Bauyrzhan',
  'Marat',
  'Serik',
  'Aidos',
  'Yerzhan',
  'Alibek',
  'Dias',
  'Nursultan',
  'Sanzhar',
  'Ruslan',
  'Sergey',
  'Dmitriy',
  'Alexey',
  'Andrey',
  'Igor',
  'Maxim',
  'Viktor',
  'Oleg',
  'Azamat',
  'Zhandos',
  'Kairat',
  'Olzhas',
  'Miras',
  'Temirlan',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Dana',
  'Aigerim',
  'Aliya',
  'Madina',
  'Dinara',
  'Gulnara',
  'Saule',
  'Zhanna',
  'Aizhan',
  'Kamila',
  'Assel',
  'Aruzhan',
  'Togzhan',
  'Dariga',
  'Karlygash',
  'Elena',
  'Olga',
  'Natalya',
  'Irina',
  'Tatyana',
  'Svetlana',
  'Anna',
  'Yekaterina',
  'Mariya',
  'Ainur',
  'Zarina',
  'Laura',
  'Akbota',
  'Balnur',
  'Moldir',
] as const;

/** Surname stems; the male form adds `-ov`/`-ev`/`-in`, the female one `-ova`/`-eva`/`-ina`. */
export const SURNAME_STEMS: readonly (readonly [male: string, female: string])[] = [
  ['Tugumbayev', 'Tugumbayeva'],
  ['Nurlanov', 'Nurlanova'],
  ['Abenov', 'Abenova'],
  ['Akhmetov', 'Akhmetova'],
  ['Bekov', 'Bekova'],
  ['Zhumabayev', 'Zhumabayeva'],
  ['Ibrayev', 'Ibrayeva'],
  ['Kassymov', 'Kassymova'],
  ['Mukanov', 'Mukanova'],
  ['Omarov', 'Omarova'],
  ['Sadykov', 'Sadykova'],
  ['Tokayev', 'Tokayeva'],
  ['Utegenov', 'Utegenova'],
  ['Yessenov', 'Yessenova'],
  ['Zhakupov', 'Zhakupova'],
  ['Baimukhanov', 'Baimukhanova'],
  ['Serikbayev', 'Serikbayeva'],
  ['Dzhaksybekov', 'Dzhaksybekova'],
  ['Karimov', 'Karimova'],
  ['Suleimenov', 'Suleimenova'],
  ['Frolov', 'Frolova'],
  ['Petrov', 'Petrova'],
  ['Ivanov', 'Ivanova'],
  ['Smirnov', 'Smirnova'],
  ['Kuznetsov', 'Kuznetsova'],
  ['Popov', 'Popova'],
  ['Volkov', 'Volkova'],
  ['Morozov', 'Morozova'],
  ['Kim', 'Kim'],
  ['Li', 'Li'],
  ['Ten', 'Ten'],
  ['Pak', 'Pak'],
];

export const EMAIL_PROVIDERS = [
  'gmail.com',
  'mail.ru',
  'yandex.kz',
  'inbox.ru',
  'list.ru',
  'outlook.com',
  'icloud.com',
  'bk.ru',
] as const;

/** Cities with the region and approximate coordinates the bank's IP geolocation answers. */
export const CITIES: readonly { city: string; region: string; lat: number; lon: number }[] = [
  { city: 'Almaty', region: 'Almaty', lat: 43.2567, lon: 76.9286 },
  { city: 'Astana', region: 'Astana', lat: 51.1801, lon: 71.446 },
  { city: 'Shymkent', region: 'Shymkent', lat: 42.3, lon: 69.6 },
  { city: 'Karaganda', region: 'Karaganda Region', lat: 49.8047, lon: 73.1094 },
  { city: 'Aktobe', region: 'Aktobe Region', lat: 50.2797, lon: 57.2072 },
  { city: 'Taraz', region: 'Jambyl Region', lat: 42.9, lon: 71.3667 },
  { city: 'Pavlodar', region: 'Pavlodar Region', lat: 52.2873, lon: 76.9674 },
  { city: 'Ust-Kamenogorsk', region: 'East Kazakhstan', lat: 49.9483, lon: 82.6275 },
  { city: 'Semey', region: 'Abai Region', lat: 50.4111, lon: 80.2275 },
  { city: 'Atyrau', region: 'Atyrau Region', lat: 47.1167, lon: 51.8833 },
  { city: 'Kostanay', region: 'Kostanay Region', lat: 53.2144, lon: 63.6246 },
  { city: 'Aktau', region: 'Mangystau Region', lat: 43.65, lon: 51.2 },
];

/** Card issuers with BINs of their cards (masks show the first 6 digits). */
export const ISSUERS: readonly {
  name: string;
  country: string;
  bins: readonly (readonly [string, CardScheme])[];
}[] = [
  {
    name: 'Halyk Bank',
    country: 'KZ',
    bins: [
      ['440563', 'VISA'],
      ['552204', 'MasterCard'],
      ['405871', 'VISA'],
    ],
  },
  {
    name: 'Kaspi Bank',
    country: 'KZ',
    bins: [
      ['440043', 'VISA'],
      ['400303', 'VISA'],
      ['539545', 'MasterCard'],
    ],
  },
  {
    name: 'ForteBank',
    country: 'KZ',
    bins: [
      ['517792', 'MasterCard'],
      ['404932', 'VISA'],
    ],
  },
  {
    name: 'Jusan Bank',
    country: 'KZ',
    bins: [
      ['557834', 'MasterCard'],
      ['418975', 'VISA'],
    ],
  },
  {
    name: 'Bank CenterCredit',
    country: 'KZ',
    bins: [
      ['426354', 'VISA'],
      ['548601', 'MasterCard'],
    ],
  },
  { name: 'Freedom Bank', country: 'KZ', bins: [['400890', 'VISA']] },
  {
    name: 'Sberbank',
    country: 'RU',
    bins: [
      ['427601', 'VISA'],
      ['546938', 'MasterCard'],
    ],
  },
  { name: 'American Express', country: 'US', bins: [['377514', 'AMEX']] },
];

/** What shops write in `description`. */
export const DESCRIPTIONS = [
  'Оплата заказа',
  'Payment for order',
  'Оплата услуг',
  'Пополнение баланса',
  'Подписка Premium',
  'Тапсырыс үшін төлем',
  'Оплата доставки',
  'Online purchase',
  'Авиабилеты',
  'Бронирование отеля',
  'Оплата обучения',
  'Страховой полис',
  'Коммунальные услуги',
  'Интернет и ТВ',
  'Продление подписки',
  'description',
] as const;

/** P2P transfer descriptions. */
export const TRANSFER_DESCRIPTIONS = [
  'TEST p2p',
  'Перевод с карты на карту',
  'P2P transfer',
  'Аударым',
  'Возврат долга',
  'Перевод',
] as const;

/** The bank's card decline codes (DESIGN.md) with their reasons. */
export const DECLINES: readonly (readonly [code: string, reason: string])[] = [
  ['457', 'Wrong expiry date'],
  ['459', 'Check card number'],
  ['465', 'Card restricted'],
  ['466', 'Declined'],
  ['467', 'Card disabled'],
  ['470', 'Invalid amount'],
  ['471', 'No such card'],
  ['478', 'Expired card'],
  ['479', 'Restricted card'],
  ['484', 'Insufficient funds'],
  ['487', 'Not permitted to merchant'],
];

/** Installment plan of purchases without installments (both records of 000 carry it). */
export const NO_INSTALLMENT_ID = 'c44602ca-357d-4dbb-8c94-3c36f48defd8';
/** Installment plans (3, 6, 12, 24 months); emulator-chosen ids. */
export const INSTALLMENT_IDS = [
  '1b7e2f40-3c5d-4e6f-8a9b-0c1d2e3f4a51',
  '2c8f3a51-4d6e-4f7a-9bac-1d2e3f4a5b62',
  '3d9a4b62-5e7f-4a8b-8cbd-2e3f4a5b6c73',
  '4eab5c73-6f8a-4b9c-9dce-3f4a5b6c7d84',
] as const;
