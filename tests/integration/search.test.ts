import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { openWorkbench, type WorkbenchCore } from '../../main/core/workbench-core';
import { WorkbenchError } from '../../main/core/workbench-error';
import { FIXTURE_CORPUS } from '../support/corpus-copy';
import { tempDir } from '../support/temp-dir';

describe('search over the shipped lunr indexes', () => {
  let core: WorkbenchCore;
  let dir: string;
  beforeAll(() => {
    const r = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!r.ok) throw new Error('no build');
    dir = r.outDir;
    core = openWorkbench({ corpusDir: dir, dataDir: tempDir() });
  });
  afterAll(() => core.close());

  it('finds a provision in Spanish and English, with highlights inside the shown text', () => {
    for (const q of ['captar', 'recruiting']) {
      const r = core.search.search({ q });
      const hit = r.groups[0]?.instruments[0]?.hits[0];
      expect(hit?.key, q).toBe('ATL/ley-1/2');
      expect(hit!.snippet.highlights.length).toBeGreaterThan(0);
      for (const [start, len] of hit!.snippet.highlights) expect(start + len).toBeLessThanOrEqual(hit!.snippet.text.length);
    }
  });

  it('matches without accents, and in Portuguese and French through element concepts', () => {
    expect(core.search.search({ q: 'captacion' }).total).toBeGreaterThan(0);
    expect(core.search.search({ q: 'recrutamento', lang: 'pt' }).total).toBeGreaterThan(0);
    expect(core.search.search({ q: 'recrutement', lang: 'fr' }).total).toBeGreaterThan(0);
  });

  it('filters by state, grouping, element and version', () => {
    expect(core.search.search({ q: 'captar', countries: ['ATL'] }).total).toBe(1);
    expect(core.search.search({ q: 'captar', countries: ['ZZZ'] }).total).toBe(0);
    expect(core.search.search({ q: 'captar', groups: ['caricom'] }).total).toBe(1);
    expect(core.search.search({ q: 'captar', groups: ['mercosur'] }).total).toBe(0);
    expect(core.search.search({ q: 'captar', elements: ['def.means.fraud'] }).total).toBe(0);
    // The 2010 version used fraud; it is found among earlier versions only.
    const hist = core.search.search({ q: 'fraude', status: 'historical' });
    expect(hist.groups[0].instruments[0].hits[0]).toMatchObject({ ref: 'ATL/ley-1/2@0', status: 'historical', validTo: '2015-06-01' });
    expect(core.search.search({ q: 'fraude', status: 'in-force' }).total).toBe(0);
  });

  it('supports lunr syntax: fields, wildcards, fuzzy, presence', () => {
    expect(core.search.search({ q: 'heading:trata' }).total).toBeGreaterThan(0);
    expect(core.search.search({ q: 'capt*' }).total).toBeGreaterThan(0);
    expect(core.search.search({ q: 'captr~1' }).total).toBeGreaterThan(0);
    expect(core.search.search({ q: '+captar -zzzz' }).total).toBeGreaterThan(0);
  });

  it('offers the element a query names first, with its coverage counts', () => {
    const r = core.search.search({ q: 'consentimiento irrelevante' });
    expect(r.elements[0]).toMatchObject({ element: 'def.consent-irrelevant', counts: { partial: 1 } });
  });

  it.each([['label:'], ['~'], ['titulo:trata'], ['^2'], ['   ']])('turns the malformed query %j into a friendly error', (q) => {
    try {
      core.search.search({ q });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbenchError);
      expect((e as WorkbenchError).code).toBe('INVALID_ARGUMENT');
      expect((e as WorkbenchError).field).toBe('q');
      expect((e as Error).message).not.toMatch(/QueryParseError|undefined/);
    }
  });

  it('refuses an index that does not match the manifest', () => {
    const copy = tempDir();
    for (const f of ['corpus.sqlite', 'corpus-manifest.json', 'search-en.json', 'search-es.json', 'search-pt.json', 'search-fr.json', 'search-meta.json']) writeFileSync(join(copy, f), readFileSync(join(dir, f)));
    writeFileSync(join(copy, 'search-en.json'), `${readFileSync(join(dir, 'search-en.json'), 'utf8')} `);
    const other = openWorkbench({ corpusDir: copy, dataDir: tempDir() });
    expect(() => other.search.search({ q: 'captar', lang: 'en' })).toThrow(/does not match the corpus manifest/);
    other.close();
  });
});
