import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../e2e/support/extension';
import { round, type Metrics } from './metrics';

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** The files an extension page loads: the page itself (the popup's styles are inline), its scripts, module preloads and stylesheets. */
function pageAssets(html: string): string[] {
  const source = readFileSync(resolve(CHROME_BUILD, html), 'utf8');
  return [resolve(CHROME_BUILD, html), ...[...source.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => resolve(CHROME_BUILD, m[1]!.replace(/^\//, '')))];
}

/** Content scripts run on every matching page (budget 20 KB gzipped: no React or Dexie); the popup opens on every click. */
export async function measureBundles(): Promise<Metrics> {
  const dir = resolve(CHROME_BUILD, 'content-scripts');
  const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  const sizes = scripts.map((f) => ({ file: f, kb: gzipKb(resolve(dir, f)) }));
  const largest = sizes.sort((a, b) => b.kb - a.kb)[0];
  const popupFiles = pageAssets('popup.html');
  return {
    'bundle.content_scripts.max_gzip_kb': { value: round(largest?.kb ?? 0), unit: 'KiB', budget: 20, file: largest?.file ?? null },
    'bundle.popup.gzip_kb': { value: round(popupFiles.reduce((sum, f) => sum + gzipKb(f), 0)), unit: 'KiB', budget: 150, files: popupFiles.length },
  };
}
