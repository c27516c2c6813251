import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs Doyensec's Electronegativity over the Electron shell and the renderer together (so its global
 * checks see both), offline, and fails on any HIGH finding. Prints every finding for review.
 */
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'));
cpSync('main', join(stage, 'main'), { recursive: true });
cpSync('renderer/src', join(stage, 'renderer/src'), { recursive: true });
cpSync('renderer/index.html', join(stage, 'renderer/index.html'));
const out = join(stage, 'findings.csv');
const r = spawnSync('npx', ['electronegativity', '-i', stage, '-r', '-v', 'false', '-e', electronVersion, '-o', out], { encoding: 'utf8' });
let csv = '';
try {
  csv = readFileSync(out, 'utf8');
} catch {
  console.error(`electronegativity produced no report:\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
rmSync(stage, { recursive: true, force: true });
const rows = csv.trim().split('\n').slice(1).map((line) => line.match(/("[^"]*"|[^,]+)/g)?.map((c) => c.replace(/^"|"$/g, '')) ?? []);
const high = rows.filter((c) => c[1] === 'HIGH');
console.log(`Electronegativity (Electron ${electronVersion}): ${rows.length} finding(s), ${high.length} high`);
for (const c of rows) console.log(`  ${c[1].padEnd(8)} ${c[0].padEnd(40)} ${c[3]}:${c[4]}`);
process.exit(high.length ? 1 : 0);
