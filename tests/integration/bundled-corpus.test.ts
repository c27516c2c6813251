import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';
import { palermo } from '../support/cli';
import { COVERED_STATES, stateCodes } from '../support/source-corpus';
import { loadState } from '../support/state-facts';
import { tempDir } from '../support/temp-dir';

/**
 * What a corpus author writes must reach the user unchanged: every state in corpus/jurisdictions is
 * built into the real database and shows in the CLI's matrix and coverage, status for status.
 */
const states = stateCodes();

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

describe('the bundled corpus, built and read back through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    const r = buildCorpus(SOURCE_CORPUS_DIR, tempDir());
    if (!r.ok) throw new Error(`the bundled corpus does not build: ${JSON.stringify(r.problems?.slice(0, 3))}`);
    dir = r.outDir;
  }, 120_000);

  it('lists every state of the source corpus, which holds all 35 covered states', () => {
    expect(states).toEqual(COVERED_STATES);
    const listed = JSON.parse(palermo(['jurisdictions', '--json', '--corpus-dir', dir]).stdout) as { code: string }[];
    expect(listed.map((j) => j.code).sort()).toEqual(states);
  });

  it('the matrix CSV has one row per state and every cell matches the coverage file', () => {
    const rows = parseCsv(palermo(['matrix', '--csv', '--corpus-dir', dir]).stdout);
    const header = rows[0];
    const elementColumns = header.slice(4);
    expect(elementColumns).toHaveLength(102);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(states);
    for (const row of rows.slice(1)) {
      const s = loadState(row[0]);
      const mismatches = elementColumns.filter((el, i) => s.status(el) !== row[4 + i]);
      expect(mismatches, row[0]).toEqual([]);
      const notAssessed = s.coverage.filter((c) => c.status === 'not-assessed').length;
      expect(Number(row[3]), `${row[0]} not-assessed count`).toBe(notAssessed);
    }
  });

  it('coverage for a state gives every element with its rationale', () => {
    for (const code of ['ARG', 'HTI', 'DOM']) {
      const entries = JSON.parse(palermo(['coverage', '--country', code, '--json', '--corpus-dir', dir]).stdout) as {
        element: string;
        status: string;
        rationale: string;
      }[];
      expect(entries).toHaveLength(102);
      const s = loadState(code);
      for (const e of entries) {
        expect(e.status).toBe(s.status(e.element));
        expect(e.rationale.length).toBeGreaterThan(10);
      }
    }
  });
});
