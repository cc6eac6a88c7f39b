/** One side of a journaled exchange. Bodies are masked JSON values, masked text, or a short description. */
export interface JournalMessage {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** What the sandbox's controls did to a request. */
export interface JournalControls {
  /** Outcome forced by a scenario or the `X-Sandbox-Outcome` header (`decline:484`). */
  readonly outcome?: string;
  readonly scenarioId?: string;
  /** Faults that applied, and the effect that won (`latency`, `status`, `timeout`, `drop`, `malformed`). */
  readonly faultIds?: readonly string[];
  readonly fault?: string;
  readonly latencyMs?: number;
}

/** One request and its response, secrets masked. */
export interface JournalEntry {
  /** Increasing number within the namespace. */
  readonly id: number;
  /** Real time the request arrived. */
  readonly at: string;
  /** Sandbox time (the namespace's clock) when it arrived. */
  readonly sandboxTime: string;
  readonly durationMs: number;
  readonly method: string;
  readonly path: string;
  /** Query string, masked, without `?`. */
  readonly query: string;
  /** Endpoint id of the table, or null (hosted pages, unknown routes). */
  readonly endpoint: string | null;
  /** Merchant of the bearer token or of the token request, when known. */
  readonly clientId: string | null;
  readonly request: JournalMessage;
  /** Status 0 when the connection was dropped or never answered. */
  readonly response: JournalMessage & { readonly status: number };
  readonly controls?: JournalControls;
}

/** Filters of {@link Journal.list}; all optional, combined with AND. */
export interface JournalFilter {
  readonly endpoint?: string;
  readonly method?: string;
  /** `404`, or a class such as `4xx`. */
  readonly status?: string;
  /** Substring of the path. */
  readonly path?: string;
  readonly clientId?: string;
  /** Entries that arrived at or after this real time (ISO-8601). */
  readonly since?: string;
  /** Only entries a scenario or a fault touched (true), or none of them (false). */
  readonly controlled?: boolean;
  /** At most this many, newest first (default: all kept). */
  readonly limit?: number;
}

/**
 * An exchange as a transport captures it on the hot path: the facts the filters read, and the rest built
 * (masked) by {@link PendingJournalEntry.build} when the entry is first read. The capture decides what may be
 * held until then; it never holds a full card number or CVC (see docs/decisions/0081-request-costs.md).
 */
export interface PendingJournalEntry {
  /** Real time the request arrived, epoch ms. */
  readonly atMs: number;
  readonly method: string;
  readonly path: string;
  readonly endpoint: string | null;
  /** Response status (0: no answer). */
  readonly status: number;
  readonly controls?: JournalControls;
  /** The whole entry, masked. Called at most once; the result is kept and the capture dropped. */
  build(): Omit<JournalEntry, 'id'>;
}

/** A bounded log of the last requests of a namespace. */
export interface Journal {
  readonly capacity: number;
  readonly size: number;
  /**
   * Keeps a captured exchange (its id is assigned here), dropping the oldest beyond capacity; the entry is
   * built when first read.
   */
  capture(pending: PendingJournalEntry): void;
  /** Matching entries, newest first. */
  list(filter?: JournalFilter): JournalEntry[];
  get(id: number): JournalEntry | undefined;
  clear(): void;
}

/** Default number of requests kept per namespace. */
export const DEFAULT_JOURNAL_SIZE = 500;

function statusMatches(status: number, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (/^[1-5]xx$/.test(w)) return Math.floor(status / 100) === Number(w[0]);
  return String(status) === w;
}

/**
 * Creates a journal keeping the last `capacity` exchanges (0 keeps nothing).
 *
 * @example
 * const journal = createJournal(500);
 * journal.list({ endpoint: 'token', status: '4xx', limit: 10 });
 */
export function createJournal(capacity: number = DEFAULT_JOURNAL_SIZE): Journal {
  const ring: (Slot | undefined)[] = new Array(Math.max(0, capacity));
  let next = 0;
  let count = 0;
  let lastId = 0;
  const newestFirst = function* (): Generator<Slot> {
    for (let i = 1; i <= count; i++) {
      const slot = ring[(next - i + capacity) % capacity];
      if (slot) yield slot;
    }
  };
  return {
    capacity,
    get size() {
      return count;
    },
    capture(pending) {
      lastId += 1;
      if (capacity === 0) return;
      ring[next] = pendingSlot(lastId, pending);
      next = (next + 1) % capacity;
      count = Math.min(count + 1, capacity);
    },
    list(filter = {}) {
      const out: JournalEntry[] = [];
      const since = filter.since ? Date.parse(filter.since) : undefined;
      const method = filter.method?.toUpperCase();
      for (const e of newestFirst()) {
        if (filter.limit !== undefined && out.length >= filter.limit) break;
        if (filter.endpoint && e.endpoint !== filter.endpoint) continue;
        if (method && e.method !== method) continue;
        if (filter.status && !statusMatches(e.status, filter.status)) continue;
        if (filter.path && !e.path.includes(filter.path)) continue;
        if (filter.clientId && e.entry().clientId !== filter.clientId) continue;
        if (since !== undefined && e.atMs < since) continue;
        if (filter.controlled !== undefined && (e.controls !== undefined) !== filter.controlled) continue;
        out.push(e.entry());
      }
      return out;
    },
    get(id) {
      for (const e of newestFirst()) if (e.id === id) return e.entry();
      return undefined;
    },
    clear() {
      ring.fill(undefined);
      next = 0;
      count = 0;
    },
  };
}

/** What the ring keeps: the filterable facts, and the entry (built on first read). */
interface Slot {
  readonly id: number;
  readonly atMs: number;
  readonly method: string;
  readonly path: string;
  readonly endpoint: string | null;
  readonly status: number;
  readonly controls: JournalControls | undefined;
  entry(): JournalEntry;
}

function pendingSlot(id: number, pending: PendingJournalEntry): Slot {
  let source: PendingJournalEntry | undefined = pending;
  let built: JournalEntry | undefined;
  return {
    id,
    atMs: pending.atMs,
    method: pending.method,
    path: pending.path,
    endpoint: pending.endpoint,
    status: pending.status,
    controls: pending.controls,
    entry() {
      if (!built) {
        built = { id, ...(source as PendingJournalEntry).build() };
        source = undefined; // the raw capture goes; the masked entry stays
      }
      return built;
    },
  };
}
