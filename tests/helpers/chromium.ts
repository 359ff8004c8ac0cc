/**
 * A headless Chromium for the report's tests: Debian's `chromium` (CHROMIUM_PATH, else
 * /usr/bin/chromium), driven by playwright-core. Without it the tests are skipped, and the skip
 * is announced; in CI (CI=true) a missing browser is a failure instead (.ci/run installs it).
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** The browser's executable, if there is one. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** Whether Chromium is there to test with (announces the skip, or fails in CI, when not). */
export function chromiumAvailable(): boolean {
  if (chromiumPath()) return true;
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : '/usr/bin/chromium';
  if (process.env.CI === 'true') throw new Error(`Chromium is not installed (${where} not found), and CI=true: the report's browser tests must run; .ci/run installs it`);
  console.warn(`Chromium is not installed (${where} not found; set CHROMIUM_PATH): the report's browser tests are skipped`);
  return false;
}

/** Starts the browser (as root, without its sandbox, which needs a user of its own). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const root = process.getuid?.() === 0;
  return chromium.launch({ executablePath: chromiumPath()!, headless: true, args: root ? ['--no-sandbox'] : [] });
}
