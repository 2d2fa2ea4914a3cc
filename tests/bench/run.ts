// `npm run bench`: builds the extension, runs every benchmark, prints progress, and ends with one JSON
// line { "<metric>": { value, unit, budget, … } }. Figures are medians; compare ratios measured in one run.
import { spawnSync } from 'node:child_process';
import { measureAccounts } from './accounts.bench';
import { measureBundles } from './bundle.bench';
import { measureCaptureAll } from './capture-all.bench';
import { measureLookups } from './lookups.bench';
import type { Metrics } from './metrics';
import { measureOdsImport } from './ods.bench';
import { measurePopup } from './popup.bench';

const BENCHMARKS: [string, () => Promise<Metrics>][] = [
  ['bundle sizes', measureBundles],
  ['popup first render', measurePopup],
  ['capture all', measureCaptureAll],
  ['accounts extraction', measureAccounts],
  ['ODS import', measureOdsImport],
  ['verdict and search lookups', measureLookups],
];

async function main() {
  console.log('Building the Chrome extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('build failed');
  const all: Metrics = {};
  for (const [label, measure] of BENCHMARKS) {
    const started = performance.now();
    const metrics = await measure();
    for (const [name, metric] of Object.entries(metrics)) {
      const verdict = metric.budget === undefined ? '' : metric.value <= metric.budget ? ' (within budget)' : ` (OVER budget ${metric.budget})`;
      console.log(`${label}: ${name} = ${metric.value} ${metric.unit}${verdict}`);
    }
    console.log(`  (${label} took ${Math.round(performance.now() - started)} ms)`);
    Object.assign(all, metrics);
  }
  console.log(JSON.stringify(all));
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
