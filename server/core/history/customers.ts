import type { Faker } from '@faker-js/faker';
import type { CardScheme } from '../../../fixtures/index.js';
import {
  CITIES,
  EMAIL_PROVIDERS,
  FEMALE_FIRST_NAMES,
  ISSUERS,
  MALE_FIRST_NAMES,
  SURNAME_STEMS,
} from './reference-data.js';

/** A payer who comes back: one name, contact, device and card across many payments. */
export interface Customer {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly ip: string;
  readonly country: string;
  readonly city: string;
  readonly region: string;
  readonly latitude: number;
  readonly longitude: number;
  /** `440563...5096` style: first 6, `...`, last 4. Never a full PAN. */
  readonly cardMask: string;
  readonly cardType: CardScheme;
  readonly cardExpDate: string;
  readonly issuer: string;
  readonly issuerCountry: string;
  /** Saved card id, or '' when the payer never saved the card. */
  readonly cardId: string;
  /** Customer id in the merchant's shop, or ''. */
  readonly accountId: string;
}

/**
 * Builds `count` customers with a seeded faker (the caller seeds it and sets its reference date).
 *
 * @example
 * const customers = buildCustomers(seededFaker(42, end), 100);
 */
export function buildCustomers(faker: Faker, count: number): Customer[] {
  const customers: Customer[] = [];
  const { helpers, number, datatype } = faker;
  const issuerWeights = ISSUERS.map((value, index) => ({ value, weight: index < 6 ? 10 - index : 1 }));
  for (let i = 0; i < count; i++) {
    const female = datatype.boolean();
    const first = helpers.arrayElement(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const stems = helpers.arrayElement(SURNAME_STEMS);
    const last = female ? stems[1] : stems[0];
    const located = datatype.boolean(0.6);
    const where = helpers.arrayElement(CITIES);
    const issuer = helpers.weightedArrayElement(issuerWeights);
    const [bin, scheme] = helpers.arrayElement(issuer.bins);
    // faker.internet.email is a hundred times slower than this, and the pool is built at start-up.
    const user = helpers.arrayElement([
      `${first}.${last}`,
      `${first}${last}`,
      `${first}_${last}`,
      `${first}${number.int({ min: 1, max: 99 })}`,
      `${last}.${first[0]}`,
    ]);
    customers.push({
      name: `${first} ${last}`,
      email: `${user}@${helpers.arrayElement(EMAIL_PROVIDERS)}`.toLowerCase(),
      phone: datatype.boolean(0.85)
        ? `77${helpers.arrayElement(['0', '0', '7', '4'])}${digits(faker, 8)}`
        : '',
      ip: `${number.int({ min: 2, max: 223 })}.${number.int(255)}.${number.int(255)}.${number.int({ min: 1, max: 254 })}`,
      country: located ? 'Kazakhstan' : '',
      city: located ? where.city : '',
      region: located ? where.region : '',
      latitude: located ? where.lat : 0,
      longitude: located ? where.lon : 0,
      cardMask: `${bin}...${digits(faker, 4)}`,
      cardType: scheme,
      cardExpDate: `${String(number.int({ min: 1, max: 12 })).padStart(2, '0')}.${number.int({ min: 22, max: 31 })}`,
      issuer: issuer.name,
      issuerCountry: issuer.country,
      cardId: datatype.boolean(0.25) ? faker.string.uuid() : '',
      accountId: datatype.boolean(0.5) ? `user${digits(faker, 6)}` : '',
    });
  }
  return customers;
}

/** `count` decimal digits. */
function digits(faker: Faker, count: number): string {
  return String(faker.number.int({ min: 0, max: 10 ** count - 1 })).padStart(count, '0');
}
