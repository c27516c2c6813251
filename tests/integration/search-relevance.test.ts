import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { PROJECT_ROOT, SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';
import { openWorkbench, type WorkbenchCore } from '../../main/core/workbench-core';
import { tempDir } from '../support/temp-dir';
import { LABELLED_STATES, relevance, type Labelled } from '../support/search-relevance';

const FLOORS = { precisionAt5: 0.75, mrr: 0.82 };

describe('search relevance on the hand-labelled set', () => {
  let core: WorkbenchCore;
  const queries = (parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/search/relevance.yaml'), 'utf8')) as { queries: Labelled[] }).queries;
  beforeAll(() => {
    const src = tempDir();
    cpSync(join(SOURCE_CORPUS_DIR, 'elements'), join(src, 'elements'), { recursive: true });
    cpSync(join(SOURCE_CORPUS_DIR, 'groupings.yaml'), join(src, 'groupings.yaml'));
    mkdirSync(join(src, 'jurisdictions'));
    for (const c of LABELLED_STATES) cpSync(join(SOURCE_CORPUS_DIR, 'jurisdictions', c), join(src, 'jurisdictions', c), { recursive: true });
    const r = buildCorpus(src, tempDir());
    if (!r.ok) throw new Error('corpus did not build');
    core = openWorkbench({ corpusDir: r.outDir, dataDir: tempDir() });
  });
  afterAll(() => core?.close());

  it('has at least 30 labelled queries in four languages', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    for (const l of ['en', 'es', 'pt', 'fr']) expect(queries.some((q) => q.lang === l)).toBe(true);
  });

  it(`keeps precision@5 >= ${FLOORS.precisionAt5} and MRR >= ${FLOORS.mrr}`, () => {
    const r = relevance(core, queries);
    console.log(`search relevance: precision@5 ${r.precisionAt5.toFixed(3)}, MRR ${r.mrr.toFixed(3)} over ${queries.length} queries`);
    expect(r.precisionAt5).toBeGreaterThanOrEqual(FLOORS.precisionAt5);
    expect(r.mrr).toBeGreaterThanOrEqual(FLOORS.mrr);
  });
});
