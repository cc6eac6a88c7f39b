import type { Faker } from '@faker-js/faker';
import { faker as englishFaker } from '@faker-js/faker/locale/en';

type FakerClass = new (options: { locale: Faker['rawDefinitions'] }) => Faker;

/**
 * A private faker instance (English locale only: importing one locale keeps start-up and the browser
 * bundle small), seeded and with a fixed reference date, so the same inputs give the same values.
 * The shared `faker` export is left untouched.
 *
 * @example
 * const faker = createSeededFaker(42, new Date('2026-11-27T00:00:00Z'));
 */
export function createSeededFaker(seed: number, referenceDate: Date): Faker {
  const FakerConstructor = englishFaker.constructor as FakerClass;
  const faker = new FakerConstructor({ locale: englishFaker.rawDefinitions });
  faker.seed(seed);
  faker.setDefaultRefDate(referenceDate);
  return faker;
}
