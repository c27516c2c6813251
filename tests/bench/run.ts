import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { CorpusRepository } from '../../main/core/corpus/corpus-repository';
import { openCorpus } from '../../main/core/corpus/open-corpus';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';
import { tempDir } from '../support/temp-dir';
import { measure, ms, ratio, row } from './bench-util';
import { matrixBench } from './matrix-bench';
import { searchBench } from './search-bench';
import { diffBench } from './diff-bench';

/**
 * `npm run bench`: benchmarks, not timed tests. Each capability adds a section; every figure comes with
 * the ratio against its alternative or across sizes, measured in this one run.
 */
async function corpusBench(): Promise<void> {
  const out = tempDir();
  const build = await measure(() => buildCorpus(SOURCE_CORPUS_DIR, out), 3, 0);
  const { db, manifest } = openCorpus(out);
  const repo = new CorpusRepository(db, manifest);
  const codes = repo.jurisdictions().map((j) => j.code);
  const detail = await measure(() => codes.map((c) => repo.jurisdiction(c)));
  const summary = await measure(() => repo.jurisdictions());
  console.log(`corpus (${manifest.counts.jurisdictions} states, ${manifest.counts.provisions} provisions)`);
  row('build (check + SQLite)', ms(build.median));
  row('country list (summaries)', ms(summary.median));
  row(`every country page (${codes.length} details)`, ms(detail.median), ratio(detail.median, summary.median));
  db.close();
}

const sections: Record<string, () => Promise<void>> = { corpus: corpusBench, matrix: matrixBench, search: searchBench, compare: diffBench };
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(sections)) if (!only.length || only.includes(name)) await run();

