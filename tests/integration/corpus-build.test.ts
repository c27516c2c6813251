import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus, CORPUS_DB_FILE, isCorpusStale } from '../../main/core/corpus/build-corpus';
import { CorpusRepository } from '../../main/core/corpus/corpus-repository';
import { CorpusOpenError, openCorpus } from '../../main/core/corpus/open-corpus';
import { copyCorpus, editYaml, FIXTURE_CORPUS } from '../support/corpus-copy';
import { tempDir } from '../support/temp-dir';

describe('corpus build', () => {
  let saved: string | undefined;
  beforeEach(() => (saved = process.env.SOURCE_DATE_EPOCH));
  afterEach(() => (saved === undefined ? delete process.env.SOURCE_DATE_EPOCH : (process.env.SOURCE_DATE_EPOCH = saved)));

  it('is byte-identical for the same sources and build date', () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    const a = buildCorpus(FIXTURE_CORPUS, tempDir());
    const b = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!a.ok || !b.ok) throw new Error('build failed');
    expect(readFileSync(join(b.outDir, CORPUS_DB_FILE)).equals(readFileSync(join(a.outDir, CORPUS_DB_FILE)))).toBe(true);
    expect(b.manifest).toEqual(a.manifest);
    expect(a.manifest.builtAt).toBe('2023-11-14T22:13:20.000Z');
  });

  it('keeps the content hash when only the build date differs, and changes it when content does', () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const a = buildCorpus(FIXTURE_CORPUS, tempDir());
    const copy = copyCorpus();
    editYaml(copy, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].attributes.penalty.maxYears = 12));
    const b = buildCorpus(copy, tempDir());
    const c = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!a.ok || !b.ok || !c.ok) throw new Error('build failed');
    expect(c.manifest.contentHash).toBe(a.manifest.contentHash);
    expect(b.manifest.contentHash).not.toBe(a.manifest.contentHash);
  });

  it('refuses to build a corpus with problems', () => {
    const copy = copyCorpus();
    editYaml(copy, 'jurisdictions/ATL/coverage.yaml', (d) => d.coverage.pop());
    const r = buildCorpus(copy, tempDir());
    expect(r.ok).toBe(false);
  });

  it('knows when the build is stale', () => {
    const copy = copyCorpus();
    const out = tempDir();
    expect(isCorpusStale(copy, out)).toBe(true);
    buildCorpus(copy, out);
    expect(isCorpusStale(copy, out)).toBe(false);
    editYaml(copy, 'jurisdictions/ATL/jurisdiction.yaml', (d) => (d.name.en = 'Atlantis (renamed)'));
    expect(isCorpusStale(copy, out)).toBe(true);
  });

  it('opens read-only and answers queries, with version history', () => {
    const r = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!r.ok) throw new Error('build failed');
    const { db, manifest } = openCorpus(r.outDir);
    const repo = new CorpusRepository(db, manifest);
    expect(repo.jurisdictions()[0]).toMatchObject({ code: 'ATL', instrumentCount: 2, provisionCount: 1, statusCounts: { full: 1, absent: 1, partial: 1 } });
    const p = repo.provision('ATL/ley-1/2');
    expect(p?.versions.map((v) => [v.current, v.attributes.meansRequired?.adults])).toEqual([[false, true], [true, false]]);
    expect(repo.coverage('ATL').find((c) => c.element === 'def.means.fraud')?.history[0].status).toBe('full');
    expect(() => db.exec('DELETE FROM jurisdictions')).toThrow();
    db.close();
  });

  it('refuses a corpus altered after the build', () => {
    const r = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!r.ok) throw new Error('build failed');
    const path = join(r.outDir, CORPUS_DB_FILE);
    const bytes = readFileSync(path);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(path, bytes);
    expect(() => openCorpus(r.outDir)).toThrow(CorpusOpenError);
    expect(() => openCorpus(r.outDir)).toThrow(/altered after it was built/);
  });

  it('says plainly when there is no built corpus', () => {
    expect(() => openCorpus(tempDir())).toThrow(/npm run corpus:build/);
  });
});
