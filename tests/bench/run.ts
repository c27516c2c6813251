import { performance } from 'node:perf_hooks';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { CorpusRepository } from '../../main/core/corpus/corpus-repository';
import { openCorpus } from '../../main/core/corpus/open-corpus';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';
import { tempDir } from '../support/temp-dir';

/**
 * `npm run bench`: benchmarks, not timed tests. Each later capability adds its section; every figure
 * is reported with the ratio against its alternative measured in the same run.
 */
function time<T>(fn: () => T, runs = 20): { median: number; value: T } {
  const samples: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], value };
}

const out = tempDir();
const build = time(() => buildCorpus(SOURCE_CORPUS_DIR, out), 3);
if (!build.value.ok) throw new Error('the corpus does not build; run npm run corpus:check');
const { db, manifest } = openCorpus(out);
const repo = new CorpusRepository(db, manifest);
const codes = repo.jurisdictions().map((j) => j.code);
const detail = time(() => codes.map((c) => repo.jurisdiction(c)));
const summary = time(() => repo.jurisdictions());
console.log('corpus');
console.log(`  build (check + SQLite)          ${build.median.toFixed(1)} ms  (${manifest.counts.provisions} provisions)`);
console.log(`  all country pages (detail)      ${detail.median.toFixed(2)} ms for ${codes.length} states`);
console.log(`  country list (summary)          ${summary.median.toFixed(2)} ms`);
console.log(`  ratio detail/summary            ${(detail.median / summary.median).toFixed(1)}x`);
db.close();
