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
  for (let i = 0; i < count; i++) {
    const female = faker.datatype.boolean();
    const first = faker.helpers.arrayElement(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const stems = faker.helpers.arrayElement(SURNAME_STEMS);
    const last = female ? stems[1] : stems[0];
    const located = faker.datatype.boolean(0.6);
    const where = faker.helpers.arrayElement(CITIES);
    const issuer = faker.helpers.weightedArrayElement(
      ISSUERS.map((value, index) => ({ value, weight: index < 6 ? 10 - index : 1 })),
    );
    const [bin, scheme] = faker.helpers.arrayElement(issuer.bins);
    customers.push({
      name: `${first} ${last}`,
      email: faker.internet
        .email({ firstName: first, lastName: last, provider: faker.helpers.arrayElement(EMAIL_PROVIDERS) })
        .toLowerCase(),
      phone: faker.datatype.boolean(0.85)
        ? `77${faker.helpers.arrayElement(['0', '0', '7', '4'])}${faker.string.numeric(8)}`
        : '',
      ip: faker.internet.ipv4(),
      country: located ? 'Kazakhstan' : '',
      city: located ? where.city : '',
      region: located ? where.region : '',
      latitude: located ? where.lat : 0,
      longitude: located ? where.lon : 0,
      cardMask: `${bin}...${faker.string.numeric(4)}`,
      cardType: scheme,
      cardExpDate: `${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}.${faker.number.int({ min: 22, max: 31 })}`,
      issuer: issuer.name,
      issuerCountry: issuer.country,
      cardId: faker.datatype.boolean(0.25) ? faker.string.uuid() : '',
      accountId: faker.datatype.boolean(0.5) ? `user${faker.string.numeric(6)}` : '',
    });
  }
  return customers;
}
