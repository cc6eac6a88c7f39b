import type { PagingReading } from './query/parse-query.js';

/** Fidelity switches of the search endpoints. */
export interface SearchConfig {
  /**
   * How `paging.page` is read. `skip` (default): the number of entries to skip, as 000 and 001 describe
   * it. `page`: a zero-based page number (offset = page × size), for hosts that behave so.
   */
  readonly paging: PagingReading;
  /** Largest `paging.size` accepted (default 1000). */
  readonly maxPageSize: number;
}

/** The documented defaults. */
export const DEFAULT_SEARCH_CONFIG: SearchConfig = { paging: 'skip', maxPageSize: 1000 };
