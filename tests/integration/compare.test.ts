import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareJob } from '../../main/core/compare/compare-types';
import type { WorkbenchCore } from '../../main/core/workbench-core';
import { fixtureWorkbench } from '../support/fixture-workbench';
import { palermo } from '../support/cli';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 97}`).join(' ');
/** A whole code: 200,000 words in 2,000 articles. */
const code = (variant: string) => Array.from({ length: 2000 }, (_, i) => `Artículo ${i + 1}. ${words(99, 'palabra')}${i % 50 === 0 ? ` ${variant}` : ''}`).join('\n');

async function waitFor(core: WorkbenchCore, job: CompareJob, until: (j: CompareJob) => boolean, ms = 120_000): Promise<CompareJob> {
  const t = Date.now();
  let j = job;
  while (!until(j)) {
    if (Date.now() - t > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
    j = core.compare.job(job.id);
  }
  return j;
}

describe('comparison service', () => {
  let core: WorkbenchCore;
  let corpusDir: string;
  beforeAll(() => {
    ({ core, corpusDir } = fixtureWorkbench());
  });
  afterAll(() => core.close());

  it('compares a provision before and after its amendment, in wording and in substance', () => {
    const r = core.compare.compare({ left: { kind: 'provision', key: 'ATL/ley-1/2', at: '2012-01-01', lang: 'en' }, right: { kind: 'provision', key: 'ATL/ley-1/2', lang: 'en' } });
    expect(r.left.version).toMatchObject({ current: false, to: '2015-06-01' });
    expect(r.right.source).toBe('corpus-digest');
    expect(r.changeCount).toBeGreaterThan(0);
    expect(r.substance.means.onlyLeft).toEqual(['def.means.fraud']);
    expect(r.substance.meansRequired).toMatchObject({ left: { adults: true }, right: { adults: false }, same: false });
  });

  it('names the problem with empty or missing texts and unknown dates', () => {
    expect(() => core.compare.compare({ left: { kind: 'text', text: '  ' }, right: { kind: 'text', text: 'x' } })).toThrow(/left text is empty/);
    expect(() => core.compare.compare({ left: { kind: 'provision', key: 'ATL/ley-1/99', lang: 'en' }, right: { kind: 'text', text: 'x' } })).toThrow(/No provision/);
    expect(() => core.compare.compare({ left: { kind: 'provision', key: 'ATL/ley-1/2', at: '1990-01-01', lang: 'en' }, right: { kind: 'text', text: 'x' } })).toThrow(/no version in force on 1990-01-01/);
  });

  it('runs a whole code (200,000 words a side) in a worker, reporting progress, to the end', async () => {
    const job = core.compare.start({ left: { kind: 'text', text: code('sin demora') }, right: { kind: 'text', text: code('con diligencia') } });
    expect(job.state).toBe('running');
    const seen = new Set<number>();
    const done = await waitFor(core, job, (j) => {
      if (j.state === 'running') seen.add(Math.round(j.progress * 10));
      return j.state !== 'running';
    });
    expect(done.state).toBe('done');
    if (done.state !== 'done') return;
    expect(done.result.aligned).toBe(true);
    expect(done.result.words.left).toBeGreaterThan(200_000);
    // 40 changed articles, each with two word replacements (sin→con, demora→diligencia).
    expect(done.result.changeCount).toBe(80);
  }, 180_000);

  it('cancels a long comparison', async () => {
    const job = core.compare.start({ left: { kind: 'text', text: code('a') }, right: { kind: 'text', text: code('b') } });
    expect(core.compare.cancel(job.id)).toMatchObject({ state: 'cancelled', message: 'Comparison cancelled.' });
    expect(core.compare.job(job.id).state).toBe('cancelled');
  });

  it('saves comparisons in the user database', () => {
    const s = core.savedComparisons.save({ title: 'Before/after', left: { kind: 'provision', key: 'ATL/ley-1/2', at: '2012-01-01', lang: 'en' }, right: { kind: 'provision', key: 'ATL/ley-1/2', lang: 'en' }, granularity: 'word' });
    expect(core.savedComparisons.list().map((x) => x.id)).toContain(s.id);
    core.savedComparisons.delete(s.id);
    expect(() => core.savedComparisons.delete(s.id)).toThrow(/No saved comparison/);
  });

  it('the CLI prints the compare contract', () => {
    const r = palermo(['compare', 'ATL/ley-1/2@2012-01-01', 'ATL/ley-1/2', '--json', '--corpus-dir', corpusDir]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['attributes', 'changes', 'left', 'right']);
    expect(out.left).toEqual({ key: 'ATL/ley-1/2', version: { from: '2010-01-01', to: '2015-06-01', current: false }, source: 'corpus-digest' });
    expect(out.attributes).toEqual({ onlyLeft: ['def.means.fraud'], onlyRight: ['def.consent-irrelevant'], both: ['def.act.recruitment'] });
    for (const c of out.changes) expect(['insert', 'delete', 'equal']).toContain(c.op);
    expect(palermo(['compare', 'ATL/ley-1/2', '--json', '--corpus-dir', corpusDir]).code).toBe(2);
    expect(palermo(['compare', 'ATL/ley-1/2@1990-01-01', 'ATL/ley-1/2', '--json', '--corpus-dir', corpusDir]).code).toBe(2);
  });
});
