import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../../../scripts/preview/build';
import { PREVIEW_CSP } from '../../../src/taskpane/preview/local-only';

/** Debian's Chromium; never a browser downloaded by Playwright. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The policy the preview sets for itself; the Excel host page of the tests uses the same. */
export const PAGE_CSP = PREVIEW_CSP;

/** A task pane is about this wide. */
export const PANE_VIEWPORT = { width: 380, height: 860 };

/** Fails (never skips) when Chromium is missing. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}. Install Debian's chromium package (bash scripts/install-system-deps.sh).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface NetworkLog {
  /** Every request the pages of the context made, in order. */
  requests: string[];
  /** Requests the page's Content-Security-Policy stopped before they left (they are not in `requests`). */
  blocked: { url: string; directive: string }[];
}

export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return (u.protocol === 'http:' || u.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

/**
 * office.js, loaded outside an Office client, opens Microsoft's telemetry
 * frame three seconds after it starts; the page's policy stops it. Nothing
 * else may even try to leave.
 */
export const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

/** Nothing left localhost; the only request the page's policy stopped is office.js's telemetry frame. */
export function expectLocalOnly(network: NetworkLog): void {
  expect(network.requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(network.blocked.filter((b) => !b.url.startsWith(OFFICE_TELEMETRY))).toEqual([]);
}

/** Records every request of the context's pages and every request their policy blocked. */
export async function recordNetwork(context: BrowserContext): Promise<NetworkLog> {
  const log: NetworkLog = { requests: [], blocked: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  await context.exposeBinding('__creditDeskBlocked', (_source, url: string, directive: string) => {
    log.blocked.push({ url, directive });
  });
  await context.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => window.__creditDeskBlocked(e.blockedURI, e.effectiveDirective));",
  );
  return log;
}

export const OUT = join(ROOT, 'out');

/** A full-page screenshot for people to look at: out/pane-<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `pane-${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Removes a screenshot an earlier run left (a failure's), so out/ shows this run only. */
export function forgetScreenshot(name: string): void {
  rmSync(join(OUT, `pane-${name}.png`), { force: true });
}
