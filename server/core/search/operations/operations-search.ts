import type {
  OperationsSearchRequest,
  OperationsSearchResponse,
  P2pOperationsSearchRequest,
  P2pOperationsSearchResponse,
} from '../../../../contracts/index.js';
import type { MerchantDirectory } from '../../merchants/index.js';
import type { Ledger, PaymentRecord, TransferRecord } from '../../records/index.js';
import { createLedgerIndex } from '../engine/ledger-index.js';
import { createSearchEngine } from '../engine/search-engine.js';
import { parseSearchRequest, type QueryModel, type RawSearchParameter } from '../query/parse-query.js';
import type { SearchConfig } from '../search-config.js';
import { PAYMENT_FIELDS } from './payment-fields.js';
import { toOperationRecord } from './payment-projection.js';
import { TRANSFER_FIELDS } from './transfer-fields.js';
import { toP2pOperationRecord } from './transfer-projection.js';

/** The two operations searches of a sandbox (000, 001). */
export interface OperationsSearch {
  /** `POST /operations` for merchant `clientId`: only its payments are visible. */
  payments(clientId: string, request: OperationsSearchRequest): OperationsSearchResponse;
  /** `POST /p2p/operations` for merchant `clientId`: only its transfers are visible. */
  transfers(clientId: string, request: P2pOperationsSearchRequest): P2pOperationsSearchResponse;
  /**
   * The merchant's payments with order number `invoiceId`, newest first, through the index (check-status
   * looks payments up so; scanning the ledger would take seconds at a million records).
   */
  paymentsByInvoice(clientId: string, invoiceId: string): readonly PaymentRecord[];
  /** The merchant's transfers with order number `invoiceId`, newest first. */
  transfersByInvoice(clientId: string, invoiceId: string): readonly TransferRecord[];
  /** Builds both indexes now (otherwise the first search of each builds it). */
  warm(): void;
}

/** What {@link createOperationsSearch} reads. */
export interface OperationsSearchDeps {
  readonly payments: Ledger<PaymentRecord>;
  readonly transfers: Ledger<TransferRecord>;
  readonly merchants: MerchantDirectory;
  readonly onReset: (listener: () => void) => () => void;
  readonly config: SearchConfig;
}

/**
 * Creates the operations searches: one search engine per record kind, kept current with its ledger,
 * answering the documents' query model with their response shapes.
 *
 * @example
 * const search = createOperationsSearch({ payments, transfers, merchants, onReset, config });
 * search.payments('test', { paging: { page: 0, size: 20 }, searchParameters: [...] });
 */
export function createOperationsSearch(deps: OperationsSearchDeps): OperationsSearch {
  const paymentIndex = createLedgerIndex({
    ledger: deps.payments,
    onReset: deps.onReset,
    engine: createSearchEngine({
      fields: PAYMENT_FIELDS,
      primaryDate: 'created_date',
      idProperty: 'id',
      partitionProperty: 'clientId',
    }),
  });
  const transferIndex = createLedgerIndex({
    ledger: deps.transfers,
    onReset: deps.onReset,
    engine: createSearchEngine({
      fields: TRANSFER_FIELDS,
      primaryDate: 'created_at',
      idProperty: 'id',
      partitionProperty: 'clientId',
    }),
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

  /** Every record of the merchant with one order number (at most 100: order numbers are meant unique). */
  const byInvoice = (clientId: string, invoiceId: string) => ({
    partition: clientId,
    filters: [{ field: 'invoice_id', method: '=' as const, values: [invoiceId] }],
    order: [],
    offset: 0,
    limit: 100,
  });

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
    paymentsByInvoice(clientId, invoiceId) {
      return paymentIndex.search(byInvoice(clientId, invoiceId)).records;
    },
    transfersByInvoice(clientId, invoiceId) {
      return transferIndex.search(byInvoice(clientId, invoiceId)).records;
    },
    warm() {
      paymentIndex.warm();
      transferIndex.warm();
    },
  };
}
