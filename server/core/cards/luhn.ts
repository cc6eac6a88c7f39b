/**
 * True when `digits` (a string of decimal digits) passes the Luhn (mod 10) check that every card number
 * satisfies.
 *
 * @example
 * passesLuhn('4405639704015096'); // true
 * passesLuhn('4405639704015097'); // false
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
