import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { COMPANIES_HOUSE_ORIGIN } from '../../../utils/companies-house/records';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv3');
export const SCREENSHOTS = resolve(ROOT, '.test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) as a tab. */
  openPage(path: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen on extension pages so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * A copy of the build whose manifest also grants `hosts`, and holding `files` too. Clipping injects a script
 * into the active tab on the user's click (activeTab), a gesture a headless test cannot make on the
 * toolbar; the copy grants the test site instead. Benchmarks add pages to compare against. The build
 * itself, with its narrow permissions, is what the manifest tests check.
 */
function buildCopy(hosts: string[], files: Record<string, string | ((build: string) => string)>): string {
  const copy = mkdtempSync(join(tmpdir(), 'ics-scout-build-'));
  cpSync(CHROME_BUILD, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...hosts];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(copy, path), typeof content === 'function' ? content(copy) : content);
  return copy;
}

/** Loads the built Chrome extension into a fresh headless Chromium profile (docs/toolchain.md recipe). */
export async function launchExtension(options: { testHosts?: string[]; extraFiles?: Record<string, string | ((build: string) => string)> } = {}): Promise<LoadedExtension> {
  if (!existsSync(resolve(CHROME_BUILD, 'manifest.json'))) throw new Error(`no build at ${CHROME_BUILD}: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  const copied = options.testHosts?.length || Object.keys(options.extraFiles ?? {}).length;
  const build = copied ? buildCopy(options.testHosts ?? [], options.extraFiles ?? {}) : CHROME_BUILD;
  const profile = mkdtempSync(join(tmpdir(), 'ics-scout-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pageErrors: string[] = [];
  return {
    context,
    extensionId,
    pageErrors,
    async openPage(path) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (build !== CHROME_BUILD) rmSync(build, { recursive: true, force: true });
    },
  };
}

/**
 * Serves Companies House from fixture pages: `pages` maps a path with its query ("/company/09876543/officers?page=2")
 * to HTML. Anything else is a 404. `latencyMs` delays every response (to measure concurrency).
 */
export async function routeCompaniesHouse(context: BrowserContext, pages: Map<string, string>, options: { latencyMs?: number; onRequest?: (path: string) => void } = {}): Promise<void> {
  await context.route(`${COMPANIES_HOUSE_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const path = url.pathname + url.search;
    options.onRequest?.(path);
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const body = pages.get(path) ?? (url.search === '?page=1' ? pages.get(url.pathname) : undefined);
    if (body === undefined) await route.fulfill({ status: 404, contentType: 'text/html', body: '<title>Not found</title>' });
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Sends a background call from an extension page, as the views do, and returns the raw response. */
export async function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** The toolbar badge and title the extension set on the tab showing `url`, read from an extension page. */
export async function badgeOf(page: Page, url: string): Promise<{ text: string; title: string }> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return { text: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }) };
  }, url);
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};
