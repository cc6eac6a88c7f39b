import autocannon from 'autocannon';

/** What one bounded load run measured. */
export interface LoadFigures {
  /** Requests per second (mean over the run). */
  readonly rps: number;
  /** Latency percentiles, ms. */
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  /** Answers outside 2xx, connection errors and timeouts: a run with any of them is reported as such. */
  readonly non2xx: number;
  readonly errors: number;
  /** The server's CPU time per request over the timed run (µs), when a CPU reading was given. */
  readonly cpuUs?: number;
}

/** One autocannon run: a URL, and either one request or a sequence each connection cycles through. */
export type LoadSpec = Omit<autocannon.Options, 'url' | 'duration'> & {
  readonly url: string;
  readonly path?: string;
};

/**
 * Runs autocannon against a loopback URL for `seconds` (bounded), after a short warm-up that is not counted.
 * With `cpuMs` (the server's CPU time, e.g. `ChildServer.cpuMs`), the server's CPU µs per request
 * over the timed run are reported too.
 *
 * @example
 * const figures = await runLoad({ url, method: 'POST', path: '/oauth2/token', body }, 5);
 */
export async function runLoad(
  spec: LoadSpec,
  seconds: number,
  warmupSeconds = 1,
  cpuMs?: () => Promise<number | null>,
): Promise<LoadFigures> {
  const host = new URL(spec.url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1')
    throw new Error(`bench: load is only sent to loopback, not ${host}`);
  const { path, ...rest } = spec;
  const options = {
    connections: 10,
    pipelining: 1,
    ...rest,
    url: path ? new URL(path, spec.url).href : spec.url,
  };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const cpuBefore = await cpuMs?.();
  const result = await autocannon({ ...options, duration: seconds });
  const cpuAfter = await cpuMs?.();
  const cpuUs =
    typeof cpuBefore === 'number' && typeof cpuAfter === 'number' && result.requests.total > 0
      ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total
      : undefined;
  return {
    ...(cpuUs !== undefined ? { cpuUs } : {}),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The median of some numbers (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The run of median req/s among several (the shared machine is noisy). */
export function medianRun(runs: readonly LoadFigures[]): LoadFigures {
  const target = median(runs.map((r) => r.rps));
  return [...runs].sort((a, b) => Math.abs(a.rps - target) - Math.abs(b.rps - target))[0] as LoadFigures;
}
