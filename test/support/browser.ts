import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium; CI installs it (`.ci/run`). Never downloaded by the tests. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when a browser is available; browser suites use `describe.skipIf(!HAS_CHROMIUM)`. */
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

if (!HAS_CHROMIUM) {
  console.warn(`NOTICE: ${CHROMIUM_PATH} not found: browser tests are skipped (CI installs chromium).`);
}

/** Git-ignored folder for screenshots and other test artifacts. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/**
 * Launches headless Debian chromium with flags that keep it off the network; `extraArgs` are appended.
 *
 * @example
 * const browser = await launchChromium();
 * try { const page = await browser.newPage(); ... } finally { await browser.close(); }
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
