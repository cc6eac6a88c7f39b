import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'epay-sandbox'
    )
      return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('bench: cannot find the epay-sandbox package root');
    dir = up;
  }
}

/** The repository root (the bench scripts run compiled from node_modules/.cache). */
export const ROOT = findRoot();
/** The built CLI (`npm run build`). */
export const CLI = join(ROOT, 'dist', 'server', 'cli.js');
/** Where the bench keeps what it installs or generates between runs. */
export const CACHE = join(ROOT, 'node_modules', '.cache', 'epay-sandbox-bench');
/** The compiled bench scripts. */
export const BENCH_OUT = join(CACHE, 'bench');
