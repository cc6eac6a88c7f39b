import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

/** The repository root: bundles resolve `epay-sandbox/...` through the package's own `exports` map. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const NODE_BUILTINS = new Set(builtinModules);

/** What a browser bundle pulled in. */
export interface BrowserBundle {
  readonly code: string;
  /** Every node builtin the bundle imports (`node:fs`, `fs`, ...): must be empty for a browser entry. */
  readonly nodeImports: readonly string[];
  /** Every input file, relative to the root (`dist/server/msw/index.js`, `node_modules/msw/...`). */
  readonly inputs: readonly string[];
}

/** Records (and leaves out) every import of a node builtin instead of failing the build at the first one. */
function recordNodeImports(found: Set<string>): Plugin {
  return {
    name: 'record-node-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
        if (!args.path.startsWith('node:') && !NODE_BUILTINS.has(bare)) return undefined;
        found.add(`${args.path} (from ${args.importer.replace(ROOT, '')})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Bundles `source` (an ES module, resolved from the repository root) for the browser with esbuild, as a
 * front-end bundler would: `platform: 'browser'`, so package `exports` resolve with the `browser` condition.
 *
 * @example
 * const bundle = await bundleForBrowser("import { createEpayHandlers } from 'epay-sandbox/msw';");
 * expect(bundle.nodeImports).toEqual([]);
 */
export async function bundleForBrowser(source: string): Promise<BrowserBundle> {
  const found = new Set<string>();
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [recordNodeImports(found)],
  });
  const metafile = result.metafile as Metafile;
  return {
    code: result.outputFiles[0]?.text ?? '',
    nodeImports: [...found],
    inputs: Object.keys(metafile.inputs),
  };
}
