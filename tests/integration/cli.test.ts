import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { palermo } from '../support/cli';
import { FIXTURE_CORPUS } from '../support/corpus-copy';
import { tempDir } from '../support/temp-dir';


describe('palermo CLI (fixture corpus)', () => {
  let dir: string;
  beforeAll(() => {
    const r = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!r.ok) throw new Error('fixture did not build');
    dir = r.outDir;
  });

  it('jurisdictions --json prints exactly one JSON document', () => {
    const r = palermo(['jurisdictions', '--json', '--corpus-dir', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ code: 'ATL', name: 'Atlantis (fixture)', region: 'caribbean', groups: ['caricom'] }]);
  });

  it('coverage --json has one entry per element, with the contract fields', () => {
    const r = palermo(['coverage', '--country', 'ATL', '--json', '--corpus-dir', dir]);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(3);
    expect(Object.keys(list[0]).sort()).toEqual(['element', 'provisions', 'rationale', 'status']);
  });

  it('provision --json gives the penalty as numbers', () => {
    const p = JSON.parse(palermo(['provision', 'ATL/ley-1/2', '--json', '--corpus-dir', dir]).stdout);
    expect(p.attributes.penalty).toEqual({ minYears: 4, maxYears: 10 });
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['key', 'label', 'instrument', 'digest', 'attributes', 'source']));
  });

  it('provisions and elements follow the contract', () => {
    const ps = JSON.parse(palermo(['provisions', '--country', 'atl', '--json', '--corpus-dir', dir]).stdout);
    expect(Object.keys(ps[0]).sort()).toEqual(['attributes', 'digest', 'instrument', 'key', 'label', 'source']);
    const es = JSON.parse(palermo(['elements', '--json', '--corpus-dir', dir]).stdout);
    expect(Object.keys(es[0]).sort()).toEqual(['description', 'id', 'label', 'level', 'pillar', 'source']);
  });

  it('unknown country or key: exit 2 and one line on stderr', () => {
    for (const args of [['coverage', '--country', 'XYZ'], ['provision', 'ATL/ley-1/999'], ['provisions', '--country', 'not-a-code']]) {
      const r = palermo([...args, '--json', '--corpus-dir', dir]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('unknown command or flag: exit 2', () => {
    expect(palermo(['frobnicate']).code).toBe(2);
    expect(palermo(['jurisdictions', '--bogus', '--corpus-dir', dir]).code).toBe(2);
  });
});
