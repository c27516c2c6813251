import { describe, expect, it } from 'vitest';
import { diffAligned, segmentArticles } from '../../../main/core/compare/article-align';
import { chipDiff, substanceDiff } from '../../../main/core/compare/substance-diff';
import { countChanges, diffTexts } from '../../../main/core/compare/text-diff';
import { versionAt } from '../../../main/core/compare/text-ref';

const body = (n: number) => `The competent authority shall take measure number ${n} to protect victims and witnesses without delay.`;
const law = (numbers: number[]) => numbers.map((n) => `Artículo ${n}.- ${body(n)}`).join('\n');

describe('text diff', () => {
  it('gives a word-level redline and counts a replacement once', () => {
    const c = diffTexts('penalty of four years', 'penalty of eight years');
    expect(c.map((x) => x.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(countChanges(c)).toBe(1);
  });
  it('says there is no difference between a text and itself', () => {
    expect(countChanges(diffTexts('Same text.', 'Same text.'))).toBe(0);
  });
  it('works by sentence on request', () => {
    const c = diffTexts('One. Two. Three.', 'One. Deux. Three.', 'sentence');
    expect(c.filter((x) => x.op !== 'equal').map((x) => x.text.trim())).toEqual(['Two.', 'Deux.']);
  });
});

describe('article alignment', () => {
  it('segments the drafting styles of the region', () => {
    expect(segmentArticles('Artículo 1.- A\nARTÍCULO 2° B\nArt. 145 bis. C\nArt. 149-A. D').map((s) => s.number)).toEqual(['1', '2', '145 bis', '149 a']);
    expect(segmentArticles('Section 5 x\nSection 6 y').map((s) => s.number)).toEqual(['5', '6']);
    expect(segmentArticles('§ 1591 a\n§ 1592 b').map((s) => s.number)).toEqual(['1591', '1592']);
  });

  it('pairs articles by number, so one inserted article leaves the rest unchanged', () => {
    const before = law([1, 2, 3, 4, 5]);
    const after = law([1, 2, 7, 3, 4, 5]);
    const aligned = diffAligned(before, after, 'word');
    expect(aligned.aligned).toBe(true);
    expect(aligned.articles.filter((a) => a.status !== 'matched')).toEqual([{ number: '7', status: 'inserted' }]);
    expect(countChanges(aligned.changes)).toBe(1);
  });

  it('marks an article moved elsewhere as moved', () => {
    const aligned = diffAligned(law([1, 2, 3]), law([1, 3, 9]).replace('Artículo 9.- ' + body(9), 'Artículo 9.- ' + body(2)), 'word');
    expect(aligned.changes.some((c) => c.op === 'insert' && c.moved)).toBe(true);
    expect(aligned.changes.some((c) => c.op === 'delete' && c.moved)).toBe(true);
  });

  it('falls back to a plain diff for texts without article headings', () => {
    expect(diffAligned('plain text one', 'plain text two', 'word').aligned).toBe(false);
  });
});

describe('substance diff', () => {
  it('aligns acts, means and purposes as both / only left / only right', () => {
    expect(chipDiff(['a', 'b'], ['b', 'c'])).toEqual({ both: ['b'], onlyLeft: ['a'], onlyRight: ['c'] });
    const s = substanceDiff(
      { acts: ['def.act.recruitment'], means: ['def.means.fraud'], purposes: [], elements: [], aggravating: [], ageThresholds: [], meansRequired: { adults: true, children: false }, penalty: { minYears: 3, maxYears: 6 } },
      { acts: ['def.act.recruitment'], means: [], purposes: [], elements: [], aggravating: [], ageThresholds: [], meansRequired: { adults: false, children: false }, penalty: { minYears: 4, maxYears: 8 } },
      { left: () => 'full', right: () => 'absent' },
    );
    expect(s.means).toEqual({ both: [], onlyLeft: ['def.means.fraud'], onlyRight: [] });
    expect(s.penalty.same).toBe(false);
    expect(s.meansRequired.same).toBe(false);
    expect(s.all.onlyLeft).toEqual(['def.means.fraud']);
    expect(s.coverage.find((c) => c.element === 'def.means.fraud')).toEqual({ element: 'def.means.fraud', left: 'full', right: 'absent' });
  });
});

describe('version in force on a date', () => {
  const versions = [
    { seq: 0, current: false, from: '2008-04-30', to: '2012-12-27' },
    { seq: 1, current: true, from: '2012-12-27', to: null },
  ].map((v) => ({ ...v, introducedBy: null, amendedBy: null, heading: { en: '', es: '' }, digest: { en: '', es: '' }, attributes: { acts: [], means: [], purposes: [], elements: [], aggravating: [], ageThresholds: [] } }));
  it('picks the version in force that day', () => {
    expect(versionAt(versions, '2010-01-01')?.seq).toBe(0);
    expect(versionAt(versions, '2012-12-27')?.seq).toBe(1);
    expect(versionAt(versions)?.seq).toBe(1);
    expect(versionAt(versions, '2001-01-01')).toBeUndefined();
  });
});
