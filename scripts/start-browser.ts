// `npm run start`: builds the Chrome extension and opens Chromium with it loaded, on Companies House,
// with a profile kept in .chromium-profile so captured data survives restarts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const extension = resolve(root, '.output/chrome-mv3');
const browser = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!browser) {
  console.error('ics-scout: no Chromium found; install it (apt-get install chromium) or set CHROMIUM_PATH');
  process.exit(2);
}
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root }).status !== 0) process.exit(1);
const profile = resolve(root, '.chromium-profile');
mkdirSync(profile, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browser,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://find-and-update.company-information.service.gov.uk/').catch(() => undefined);
console.log('Chromium is open with ICS Scout loaded. Close the browser window to stop.');
context.on('close', () => process.exit(0));
