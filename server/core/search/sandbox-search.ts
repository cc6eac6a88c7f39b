import type {
  InvoiceSearchRequest,
  OperationsSearchRequest,
  OperationsSearchResponse,
  P2pOperationsSearchRequest,
  P2pOperationsSearchResponse,
} from '../../../contracts/index.js';
import type { Clock } from '../clock.js';
import type { InvoiceRecord } from '../invoices/invoice-record.js';
import { invoiceStatus } from '../invoices/invoice-status.js';
import type { MerchantDirectory } from '../merchants/index.js';
import type { Ledger, PaymentRecord, TransferRecord } from '../records/index.js';
import type { OrderIdUniqueness } from '../transfers/transfer-config.js';
import { createLedgerIndex } from './engine/ledger-index.js';
import type { SearchEngineOptions } from './engine/search-engine.js';
import type { Filter } from './engine/types.js';
import { INVOICE_FIELDS, type IndexedInvoice } from './invoices/invoice-fields.js';
import { createLookupCache } from './lookup-cache.js';
import { PAYMENT_FIELDS } from './operations/payment-fields.js';
import { toOperationRecord } from './operations/payment-projection.js';
import { TRANSFER_FIELDS } from './operations/transfer-fields.js';
import { toP2pOperationRecord } from './operations/transfer-projection.js';
import { parseSearchRequest, type QueryModel, type RawSearchParameter } from './query/parse-query.js';
import type { SearchConfig } from './search-config.js';

/**
 * The searches of a sandbox (000, 001, 002) and the lookups by order number, all through one index per
 * record kind.
 */
export interface SandboxSearch {
  /** `POST /operations` for merchant `clientId`: only its payments are visible. */
  payments(clientId: string, request: OperationsSearchRequest): OperationsSearchResponse;
  /** `POST /p2p/operations` for merchant `clientId`: only its transfers are visible. */
  transfers(clientId: string, request: P2pOperationsSearchRequest): P2pOperationsSearchResponse;
  /** `POST /invoice-links` for merchant `clientId`: one page of its invoice links, and how many match. */
  invoices(
    clientId: string,
    request: InvoiceSearchRequest,
  ): { readonly total: number; readonly records: readonly InvoiceRecord[] };
  /** The merchant's payments with order number `invoiceId`, in the order they were saved. */
  paymentsByInvoice(clientId: string, invoiceId: string): PaymentRecord[];
  /**
   * The merchant's transfers with order id `invoiceId` (`last6`: whose id ends with the same 6
   * characters, 004's uniqueness warning), in the order they were saved.
   */
  transfersByInvoice(clientId: string, invoiceId: string, same?: OrderIdUniqueness): TransferRecord[];
  /** The merchant's invoice links with `invoice_id` `invoiceId` (one per shop at most). */
  invoicesByInvoice(clientId: string, invoiceId: string): InvoiceRecord[];
  /** Builds the payment and transfer indexes now (otherwise the first search or lookup builds each). */
  warm(): void;
}

/** What {@link createSandboxSearch} reads. */
export interface SandboxSearchDeps {
  readonly payments: Ledger<PaymentRecord>;
  readonly transfers: Ledger<TransferRecord>;
  readonly invoices: Ledger<InvoiceRecord>;
  readonly merchants: MerchantDirectory;
  /** The sandbox clock: an invoice's status depends on it. */
  readonly clock: Clock;
  readonly onReset: (listener: () => void) => () => void;
  readonly config: SearchConfig;
}

/** Engine options, one constant per record kind: indexes over one history share its engine. */
const PAYMENT_ENGINE: SearchEngineOptions<PaymentRecord> = {
  fields: PAYMENT_FIELDS,
  primaryDate: 'created_date',
  idProperty: 'id',
  partitionProperty: 'clientId',
};
const TRANSFER_ENGINE: SearchEngineOptions<TransferRecord> = {
  fields: TRANSFER_FIELDS,
  primaryDate: 'created_at',
  idProperty: 'id',
  partitionProperty: 'clientId',
};
const INVOICE_ENGINE: SearchEngineOptions<IndexedInvoice> = {
  fields: INVOICE_FIELDS,
  primaryDate: 'created_date',
  idProperty: 'id',
  partitionProperty: 'clientId',
};

/** Largest invoice search page (002 gives none). */
export const MAX_INVOICE_PAGE = 100;

const INVOICE_MODEL: QueryModel = {
  fields: INVOICE_FIELDS,
  requiredFilter: 'invoice_id',
  requiredFilterMissing: {
    error: 'invoiceSearchIdRequired',
    example: '{"name": "invoice_id", "method": "=", "searchParameter": ["..."]} (or like with %)',
  },
  pagingNames: ['skip', 'limit'],
  reading: 'skip',
  maxPageSize: MAX_INVOICE_PAGE,
  methodUnavailable: 'invoiceSearchMethodUnavailable',
  orderById: true,
};

const SUFFIX = 6;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');
const orderIs = (value: string): Filter[] => [{ field: 'invoice_id', method: '=', values: [value] }];

/**
 * Creates the searches: one index per record kind, kept current with its ledger (the generated history
 * is indexed once per seed and shared by namespaces), answering the documents' query model.
 *
 * @example
 * const search = createSandboxSearch({ payments, transfers, invoices, merchants, clock, onReset, config });
 * search.payments('test', { paging: { page: 0, size: 20 }, searchParameters: [...] });
 */
export function createSandboxSearch(deps: SandboxSearchDeps): SandboxSearch {
  const { onReset } = deps;
  const paymentIndex = createLedgerIndex({ ledger: deps.payments, engine: PAYMENT_ENGINE, onReset });
  const transferIndex = createLedgerIndex({ ledger: deps.transfers, engine: TRANSFER_ENGINE, onReset });
  const invoiceIndex = createLedgerIndex({
    ledger: deps.invoices,
    engine: INVOICE_ENGINE,
    onReset,
    view: (invoice): IndexedInvoice => ({ ...invoice, status: invoiceStatus(invoice, deps.clock.now()) }),
  });
  const model = (fields: QueryModel['fields'], requiredFilter: string, p2p: boolean): QueryModel => ({
    fields,
    requiredFilter,
    pagingNames: ['page', 'size'],
    reading: deps.config.paging,
    maxPageSize: deps.config.maxPageSize,
    methodUnavailable: p2p ? 'p2pSearchMethodUnavailable' : 'searchMethodUnavailable',
    orderById: true,
  });
  // Status checks and order-id checks look the same invoice up again and again.
  const paymentLookups = createLookupCache(deps.payments, onReset);
  const transferLookups = createLookupCache(deps.transfers, onReset);
  const paymentModel = model(PAYMENT_FIELDS, 'created_date', false);
  const transferModel = model(TRANSFER_FIELDS, 'created_at', true);

  /** 001's `terminal_id` may be given as the 8-digit terminal number: read as the merchant's terminal GUID. */
  const terminalIds = (clientId: string, parameters: readonly RawSearchParameter[] | null | undefined) => {
    const terminals = deps.merchants.byClientId(clientId)?.terminals ?? [];
    return parameters?.map((p) =>
      p.name.trim() !== 'terminal_id' || !p.searchParameter
        ? p
        : {
            ...p,
            searchParameter: p.searchParameter.map(
              (v) => terminals.find((t) => t.number === String(v).trim())?.id ?? v,
            ),
          },
    );
  };

  /** Links of the merchant whose status changed with the clock since they were indexed: index them again. */
  const refreshStatuses = (clientId: string): void => {
    const now = deps.clock.now().getTime();
    const passed = invoiceIndex.find(clientId, [
      { field: 'status', method: '=', values: ['ACTIVE'] },
      { field: 'expire_date', method: '<=', values: [now] },
    ]);
    const back = invoiceIndex.find(clientId, [
      { field: 'status', method: '=', values: ['EXPIRED'] },
      { field: 'expire_date', method: '>', values: [now] },
    ]);
    if (passed.length + back.length > 0) invoiceIndex.reindex([...passed, ...back].map((i) => i.id));
  };

  return {
    payments(clientId, request) {
      const query = parseSearchRequest(paymentModel, clientId, {
        offset: request.paging.page,
        limit: request.paging.size,
        searchParameters: request.searchParameters,
        orderParameters: request.orderParameters,
      });
      const { total, records } = paymentIndex.search(query);
      return { totalCount: total, records: records.map(toOperationRecord) };
    },
    transfers(clientId, request) {
      const query = parseSearchRequest(transferModel, clientId, {
        offset: request.paging.page,
        limit: request.paging.size,
        searchParameters: terminalIds(clientId, request.searchParameters),
        orderParameters: request.orderParameters,
      });
      const { total, records } = transferIndex.search(query);
      return { totalCount: total, records: records.map(toP2pOperationRecord) };
    },
    invoices(clientId, request) {
      const order = request.orderParameters;
      const query = parseSearchRequest(INVOICE_MODEL, clientId, {
        offset: request.paging.skip,
        limit: request.paging.limit,
        searchParameters: request.searchParameters,
        // 002 sends one object; a list is accepted too.
        orderParameters: order === undefined ? [] : Array.isArray(order) ? order : [order],
      });
      refreshStatuses(clientId);
      return invoiceIndex.search(query);
    },
    paymentsByInvoice(clientId, invoiceId) {
      return paymentLookups(`${clientId}\n=${invoiceId}`, () =>
        paymentIndex.find(clientId, orderIs(invoiceId)),
      );
    },
    transfersByInvoice(clientId, invoiceId, same = 'exact') {
      if (same === 'exact' || invoiceId.length < SUFFIX)
        return transferLookups(`${clientId}\n=${invoiceId}`, () =>
          transferIndex.find(clientId, orderIs(invoiceId)),
        );
      const tail = `%${escapeLike(invoiceId.slice(-SUFFIX))}`;
      return transferLookups(`${clientId}\n~${invoiceId.slice(-SUFFIX)}`, () =>
        transferIndex.find(clientId, [{ field: 'invoice_id', method: 'like', values: [tail] }]),
      );
    },
    invoicesByInvoice(clientId, invoiceId) {
      return invoiceIndex.find(clientId, orderIs(invoiceId));
    },
    warm() {
      paymentIndex.warm();
      transferIndex.warm();
    },
  };
}
