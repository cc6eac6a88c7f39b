import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, ROOT } from './bundle.js';

/** Modules that only work in Node: the file store, lowdb's file adapter, the node server. */
const NODE_ONLY_INPUTS = [
  /lowdb\/lib\/node/,
  /lowdb\/lib\/adapters\/node/,
  /node_modules\/steno\//,
  /@hono\/node-server/,
  /server\/node\.(ts|js)$/,
  /server\/cli/,
  /server\/storage\/file-store/,
];

const nodeOnlyInputs = (inputs: readonly string[]) =>
  inputs.filter((input) => NODE_ONLY_INPUTS.some((pattern) => pattern.test(input)));

describe('the browser entry (epay-sandbox/msw)', () => {
  it('bundles for the browser from the package exports without a node-only import', async () => {
    expect(existsSync(join(ROOT, 'dist/server/msw/index.js')), 'run `npm run build` first').toBe(true);
    const bundle = await bundleForBrowser(
      "import { createEpayHandlers } from 'epay-sandbox/msw'; console.log(createEpayHandlers);",
    );
    expect(bundle.nodeImports).toEqual([]);
    expect(nodeOnlyInputs(bundle.inputs)).toEqual([]);
    // The emulator itself is in the bundle: the app, the core, the contracts and the fixtures as JSON.
    expect(bundle.inputs).toEqual(
      expect.arrayContaining([
        'dist/server/http/create-app.js',
        'dist/server/core/sandbox.js',
        'dist/contracts/index.js',
        'dist/fixtures/merchants.json',
      ]),
    );
  });

  it('bundles from source without a node-only import (everything the app imports is browser-safe)', async () => {
    const bundle = await bundleForBrowser(
      "import { createEpayHandlers } from './server/msw/index.ts'; console.log(createEpayHandlers);",
    );
    expect(bundle.nodeImports).toEqual([]);
    expect(nodeOnlyInputs(bundle.inputs)).toEqual([]);
  });

  it('reports the node-only imports of the node entry (the check can fail)', async () => {
    const bundle = await bundleForBrowser(
      "import { startSandbox } from './server/node.ts'; console.log(startSandbox);",
    );
    expect(bundle.nodeImports.join('\n')).toMatch(/node:(fs|net|path)/);
    expect(nodeOnlyInputs(bundle.inputs).length).toBeGreaterThan(0);
  });

  it('refuses to resolve the node entry (epay-sandbox) for the browser', async () => {
    await expect(bundleForBrowser("import 'epay-sandbox';")).rejects.toThrow(
      /Could not resolve "epay-sandbox"/,
    );
  });
});
