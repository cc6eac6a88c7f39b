import type { Hono } from 'hono';
import { catalogueError, type JournalFilter } from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import { controlNotFound } from './control-body.js';

const FILTERS = ['endpoint', 'method', 'status', 'path', 'clientId', 'since', 'controlled', 'limit'];

function readFilter(query: Record<string, string>, capacity: number): JournalFilter {
  const unknown = Object.keys(query).find((k) => !FILTERS.includes(k) && k !== 'namespace');
  if (unknown)
    throw catalogueError('invalidRequest', `unknown filter '${unknown}' (filters: ${FILTERS.join(', ')})`);
  const { endpoint, method, status, path, clientId, since, controlled, limit } = query;
  if (status !== undefined && !/^[1-5](xx|\d\d)$/i.test(status)) {
    throw catalogueError('invalidRequest', "'status' must be a status such as 404 or a class such as 4xx");
  }
  if (since !== undefined && Number.isNaN(Date.parse(since))) {
    throw catalogueError('invalidRequest', "'since' must be an ISO-8601 instant");
  }
  if (controlled !== undefined && controlled !== 'true' && controlled !== 'false') {
    throw catalogueError('invalidRequest', "'controlled' must be true or false");
  }
  if (limit !== undefined && (!/^\d+$/.test(limit) || Number(limit) < 1)) {
    throw catalogueError('invalidRequest', "'limit' must be a positive whole number");
  }
  return {
    ...(endpoint ? { endpoint } : {}),
    ...(method ? { method } : {}),
    ...(status ? { status } : {}),
    ...(path ? { path } : {}),
    ...(clientId ? { clientId } : {}),
    ...(since ? { since } : {}),
    ...(controlled ? { controlled: controlled === 'true' } : {}),
    limit: Math.min(limit ? Number(limit) : 100, Math.max(capacity, 1)),
  };
}

/**
 * `/_sandbox/requests`: the journal of the namespace, newest first, with filters.
 *
 * @example
 * registerJournalRoutes(app);
 */
export function registerJournalRoutes(app: Hono<AppEnv>): void {
  app.get('/_sandbox/requests', (c) => {
    const journal = c.get('namespace').journal;
    const filter = readFilter(c.req.query(), journal.capacity);
    return c.json({ requests: journal.list(filter), size: journal.size, capacity: journal.capacity });
  });
  app.get('/_sandbox/requests/:id', (c) => {
    const id = c.req.param('id');
    const entry = /^\d+$/.test(id) ? c.get('namespace').journal.get(Number(id)) : undefined;
    if (!entry) throw controlNotFound('journal entry', id);
    return c.json(entry);
  });
  app.delete('/_sandbox/requests', (c) => {
    const journal = c.get('namespace').journal;
    const deleted = journal.size;
    journal.clear();
    return c.json({ deleted });
  });
}
