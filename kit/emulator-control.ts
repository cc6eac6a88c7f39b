import {
  PaymentStatusTransaction,
  type SandboxPaymentRequest,
  type ValidationMode,
  validate,
} from '../contracts/index.js';

/**
 * The control routes of an epay-sandbox target (`/_sandbox/...`): set-up that the bank's API offers no way
 * to do, such as a card payment in AUTH to charge. Present only when the target is an emulator.
 */
export interface EmulatorControl {
  /** Origin of the emulator's control routes. */
  readonly url: string;
  /**
   * `POST /_sandbox/payments`: a card payment in the given status; answers it as check-status shows it.
   *
   * @example
   * const payment = await ctx.emulator.createPayment({ status: 'AUTH', amount: 100 });
   * await ctx.client.chargePayment(payment.id);
   */
  createPayment(request: SandboxPaymentRequest): Promise<PaymentStatusTransaction>;
}

/** The bank's own domains: no control request is ever sent there. */
const BANK_HOST = /(^|\.)(homebank\.kz|epayment\.kz)$/i;

/**
 * The control routes of the emulator at `apiUrl`'s origin, or undefined when the target is not an
 * epay-sandbox (its `GET /_sandbox/health` does not answer `name: "epay-sandbox"`). The bank's hosts are
 * never asked.
 *
 * @example
 * const emulator = await detectEmulator('http://127.0.0.1:7071/api', fetch, 5000, 'open');
 * if (emulator) await emulator.createPayment({ status: 'AUTH' });
 */
export async function detectEmulator(
  apiUrl: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  mode: ValidationMode,
): Promise<EmulatorControl | undefined> {
  let origin: string;
  try {
    const url = new URL(apiUrl);
    if (BANK_HOST.test(url.hostname)) return undefined;
    origin = url.origin;
  } catch {
    return undefined;
  }
  try {
    const res = await fetchFn(`${origin}/_sandbox/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => undefined)) as { name?: unknown } | undefined;
    if (res.status !== 200 || body?.name !== 'epay-sandbox') return undefined;
  } catch {
    return undefined;
  }
  return createEmulatorControl(origin, fetchFn, timeoutMs, mode);
}

/**
 * Control routes of a known emulator at `origin`.
 *
 * @example
 * const control = createEmulatorControl('http://epay-sandbox.in-process', sandbox.fetch, 30_000, 'strict');
 */
export function createEmulatorControl(
  origin: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  mode: ValidationMode,
): EmulatorControl {
  return {
    url: origin,
    async createPayment(request) {
      const res = await fetchFn(`${origin}/_sandbox/payments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      if (res.status !== 201) {
        throw new Error(
          `the emulator's POST /_sandbox/payments answered ${res.status}: ${text.slice(0, 160)}`,
        );
      }
      const checked = validate(PaymentStatusTransaction, JSON.parse(text), mode);
      if (!checked.ok) {
        throw new Error(`the emulator's POST /_sandbox/payments answer: ${checked.problems.join('; ')}`);
      }
      return checked.value;
    },
  };
}
