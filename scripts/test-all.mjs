// `npm test`: every check in order — type-check, lint, unit tests, both builds, end-to-end tests in
// Chromium — then one closing line "N passed, N failed, N skipped" counting every test it ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.test-results';
rmSync(`${RESULTS}/unit.json`, { force: true });
rmSync(`${RESULTS}/e2e.json`, { force: true });
mkdirSync(RESULTS, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return result.status === 0;
}

/** A step that is one check (type-check, lint, a build). */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

/** A Vitest run: counts its tests from the JSON report; a run that dies without one counts as a failure. */
function vitest(label, args, report) {
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    totals.failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numFailedTests > 0) failures.push(`${label} (${json.numFailedTests} failed)`);
  else if (!ok) {
    // Failed suites (an import error, say) have no failing test but must still fail the run.
    totals.failed++;
    failures.push(`${label} (suite errors)`);
  }
}

check('type-check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
vitest('unit tests', [], `${RESULTS}/unit.json`);
const chrome = (check('build chrome-mv3', 'npx', ['wxt', 'build']), !failures.includes('build chrome-mv3'));
check('build firefox-mv3', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (chrome) vitest('end-to-end tests (Chromium)', ['-c', 'vitest.e2e.config.ts'], `${RESULTS}/e2e.json`);
else {
  totals.failed++;
  failures.push('end-to-end tests (not run: the Chrome build failed)');
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed ? 1 : 0;
