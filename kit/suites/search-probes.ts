import { type EndpointContract, endpoints } from '../../contracts/index.js';
import type { ContractContext } from '../contract-context.js';
import { defineProbe, type Probe } from '../probe.js';
import {
  observeCountCasing,
  observeLikeCase,
  observePaging,
  observeSearchErrors,
  type SearchSend,
  wideRange,
} from './search-observations.js';

/** The table's entry of `id` (a probe runs only once its endpoint is in the table). */
function tableEndpoint(id: string): EndpointContract {
  const endpoint = (endpoints as Readonly<Record<string, EndpointContract>>)[id];
  if (!endpoint) throw new Error(`endpoint ${id} is not in the contract table`);
  return endpoint;
}

const sender =
  (ctx: ContractContext, id: string): SearchSend =>
  (body) =>
    ctx.client.send(tableEndpoint(id), { body });

/**
 * Probes of the search endpoints (000, 001, 002); each is skipped while its endpoint is not in the table.
 * The paging reading is an emulator setting (`--search-paging`); the others are fixed (docs/search.md).
 */
export const SEARCH_PROBES: readonly Probe[] = [
  defineProbe({
    name: 'search.paging-reading',
    question: "Is paging.page a page index or a count of records to skip (000's text says skip)?",
    endpoint: 'operationsSearch',
    setting: (config) => `search.paging=${config.search.paging}`,
    observe: (ctx) => observePaging(sender(ctx, 'operationsSearch'), 'created_date'),
  }),
  defineProbe({
    name: 'p2p-search.paging-reading',
    question: 'Is paging.page of the P2P search a page index or a count of records to skip (001)?',
    endpoint: 'p2pOperationsSearch',
    setting: (config) => `search.paging=${config.search.paging}`,
    observe: (ctx) => observePaging(sender(ctx, 'p2pOperationsSearch'), 'created_at'),
  }),
  defineProbe({
    name: 'search.count-casing',
    question: 'Does the operations search answer totalCount/records (000) or TotalCount/Records (002)?',
    endpoint: 'operationsSearch',
    observe: (ctx) =>
      observeCountCasing(sender(ctx, 'operationsSearch'), {
        paging: { page: 0, size: 1 },
        searchParameters: [wideRange('created_date')],
        orderParameters: [],
      }),
  }),
  defineProbe({
    name: 'invoice-search.count-casing',
    question: 'Does the invoice search answer TotalCount/Records (002) or totalCount/records?',
    endpoint: 'invoiceSearch',
    observe: (ctx) =>
      observeCountCasing(sender(ctx, 'invoiceSearch'), {
        paging: { skip: 0, limit: 1 },
        searchParameters: [{ name: 'invoice_id', method: 'like', searchParameter: ['%'] }],
        orderParameters: { field: 'id', typeOrder: 'DESC' },
      }),
  }),
  defineProbe({
    name: 'search.like-case',
    question: "Is the 'like' search method case-sensitive (000 does not say)?",
    endpoint: 'operationsSearch',
    observe: (ctx) =>
      observeLikeCase(sender(ctx, 'operationsSearch'), 'created_date', 'payer_email', 'payerEmail'),
  }),
  defineProbe({
    name: 'search.error-codes',
    question: 'Which codes answer search mistakes the documents give no code for (only 232 is documented)?',
    endpoint: 'operationsSearch',
    observe: (ctx) => observeSearchErrors(sender(ctx, 'operationsSearch'), 'created_date'),
  }),
];
