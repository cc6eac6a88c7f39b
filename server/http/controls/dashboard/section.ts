import type { Namespace, NamespaceInfo } from '../../../core/index.js';
import type { Html } from '../../html.js';
import type { ServedEndpoint } from '../app-controls.js';

/** What a dashboard section can read. */
export interface DashboardContext {
  readonly ns: Namespace;
  readonly namespaces: readonly NamespaceInfo[];
  readonly endpoints: readonly ServedEndpoint[];
  /** A link to a `/_sandbox` path within the namespace being shown (`?namespace=` added when needed). */
  link(path: string): string;
}

/**
 * One section of the dashboard at `/_sandbox`. Route owners add theirs with `registerDashboardSection`;
 * a section that returns undefined is left out (no data of its kind in this sandbox).
 */
export interface DashboardSection {
  /** Anchor id, unique. */
  readonly id: string;
  readonly title: string;
  /** Position: lower comes first (built-ins: 10 overview ... 90 namespaces). */
  readonly order: number;
  render(ctx: DashboardContext): Html | undefined;
}
