import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { openWorkbench, type WorkbenchCore, type WorkbenchOptions } from '../../main/core/workbench-core';
import { FIXTURE_CORPUS } from './corpus-copy';
import { tempDir } from './temp-dir';

/** A workbench on the fixture corpus, built into a fresh folder, with a fresh data directory. */
export function fixtureWorkbench(options: WorkbenchOptions = {}): { core: WorkbenchCore; corpusDir: string } {
  const r = buildCorpus(FIXTURE_CORPUS, tempDir());
  if (!r.ok) throw new Error('the fixture corpus did not build');
  return { core: openWorkbench({ corpusDir: r.outDir, dataDir: tempDir() }, options), corpusDir: r.outDir };
}
