// npm run generate:validators (run by npm run build): writes the precompiled contract validators when the
// schemas or ajv changed. Bundled by esbuild and run with node, since Node 20 runs no TypeScript.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateValidatorsModule, VALIDATORS_MODULE_PATH } from './validators-module.js';

const path = join(process.cwd(), VALIDATORS_MODULE_PATH);
const code = generateValidatorsModule();
let current = '';
try {
  current = readFileSync(path, 'utf8');
} catch {
  // not generated yet
}
if (current !== code) {
  writeFileSync(path, code);
  console.log(`generate:validators: wrote ${VALIDATORS_MODULE_PATH} (${(code.length / 1024).toFixed(0)} KB)`);
}
