import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: type-check, corpus check, unit and integration tests (vitest), end-to-end tests
 * (Playwright in Chromium). Runs every stage, then prints one summary line of all tests.
 */
const stages = [
  ['type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['corpus check', 'npm', ['run', '-s', 'corpus:check']],
  ['corpus build', 'npm', ['run', '-s', 'corpus:ensure']],
  ['Electron security (Electronegativity)', 'node', ['scripts/electronegativity.mjs']],
  ['unit + integration', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest-results.json']],
  ['end-to-end', 'npx', ['playwright', 'test']],
];
rmSync('test-results/vitest-results.json', { force: true });
rmSync('test-results/e2e-results.json', { force: true });

const failedStages = [];
for (const [name, cmd, args] of stages) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failedStages.push(name);
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('test-results/vitest-results.json')) {
  const v = JSON.parse(readFileSync('test-results/vitest-results.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync('test-results/e2e-results.json')) {
  const report = JSON.parse(readFileSync('test-results/e2e-results.json', 'utf8'));
  const s = report.stats;
  // Say why each skipped test was skipped (e.g. no Electron binary on this machine).
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) {
      if (t.status === 'skipped') for (const a of t.annotations ?? []) if (a.type === 'skip') console.log(`skipped: ${spec.title} — ${a.description}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  passed += s.expected + (s.flaky ?? 0);
  failed += s.unexpected;
  skipped += s.skipped;
}
console.log('');
if (failedStages.length) console.log(`failed stages: ${failedStages.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStages.length || failed ? 1 : 0);
