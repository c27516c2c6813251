import { describe, expect, it } from 'vitest';
import type { CoverageStatus, CoverageView, ElementView } from '../../../main/core/corpus/corpus-types';
import { gapsOf, unknownsOf } from '../../../main/core/gaps/gap-list';
import { agreementOn } from '../../../main/core/gaps/harmonization';
import { cellStatus, computeMatrix } from '../../../main/core/gaps/matrix';
import { DEFAULT_PROFILE } from '../../../main/core/gaps/scoring-profile';

const t = (s: string) => ({ en: s, es: s });
const el = (id: string, level: ElementView['level'], pillar: ElementView['pillar'] = 'definition'): ElementView => ({ id, level, pillar, source: 'TIP', label: t(id), description: t(id), full: t(id), partial: t(id), modelClause: t(id) });
const cov = (element: string, status: CoverageStatus): CoverageView => ({ jurisdiction: 'X', element, status, provisions: [], rationale: t('r'), history: [] });

describe('gap list', () => {
  it('orders mandatory absent, mandatory partial, consider absent, consider partial, recommended...', () => {
    const elements = [el('r-a', 'recommended'), el('m-p', 'mandatory'), el('c-p', 'consider'), el('m-a', 'mandatory'), el('c-a', 'consider'), el('b-a', 'beyond'), el('m-f', 'mandatory'), el('m-u', 'mandatory')];
    const coverage = [cov('r-a', 'absent'), cov('m-p', 'partial'), cov('c-p', 'partial'), cov('m-a', 'absent'), cov('c-a', 'absent'), cov('b-a', 'absent'), cov('m-f', 'full'), cov('m-u', 'not-assessed')];
    expect(gapsOf(elements, coverage).map((g) => [g.element, g.severity])).toEqual([['m-a', 1], ['m-p', 2], ['c-a', 3], ['c-p', 4], ['r-a', 5]]);
    expect(unknownsOf(coverage)).toEqual(['m-u']);
  });
});

describe('matrix', () => {
  const elements = [el('a', 'mandatory'), el('b', 'recommended'), el('c', 'beyond')];
  const jurisdictions = [
    { code: 'AAA', name: t('Zeta'), subregion: 'caribbean', groups: ['caricom'] },
    { code: 'BBB', name: t('Alpha'), subregion: 'south-america', groups: ['mercosur'] },
    { code: 'CCC', name: t('Mid'), subregion: 'caribbean', groups: [] },
  ];
  const statuses = new Map([
    ['AAA', new Map<string, CoverageStatus>([['a', 'full'], ['b', 'full'], ['c', 'full']])],
    ['BBB', new Map<string, CoverageStatus>([['a', 'absent'], ['b', 'partial']])],
    ['CCC', new Map<string, CoverageStatus>([['a', 'partial'], ['b', 'absent'], ['c', 'absent']])],
  ]);
  const input = { elements, jurisdictions, statuses };

  it('sorts by name or by score and encodes each cell', () => {
    const byName = computeMatrix(input, { profile: DEFAULT_PROFILE });
    expect(byName.rows.map((r) => r.code)).toEqual(['BBB', 'CCC', 'AAA']);
    expect(byName.rows[0].cells).toBe('APU');
    expect(cellStatus(byName.rows[0], 2)).toBe('not-assessed');
    const byScore = computeMatrix(input, { profile: DEFAULT_PROFILE, sort: 'score' });
    // AAA 100; CCC (1.5)/4 = 37.5; BBB 0.5/4 = 12.5
    expect(byScore.rows.map((r) => [r.code, r.score.percent])).toEqual([['AAA', 100], ['CCC', 37.5], ['BBB', 12.5]]);
  });

  it('filters by grouping, by selection and by obligation level, scoring on every element', () => {
    const m = computeMatrix(input, { profile: DEFAULT_PROFILE, groups: ['caribbean'], levels: ['mandatory'] });
    expect(m.rows.map((r) => r.code)).toEqual(['CCC', 'AAA']);
    expect(m.columns.map((c) => c.id)).toEqual(['a']);
    expect(m.rows[1].score.percent).toBe(100);
    expect(computeMatrix(input, { profile: DEFAULT_PROFILE, groups: ['caribbean', 'caricom'] }).rows.map((r) => r.code)).toEqual(['AAA']);
    expect(computeMatrix(input, { profile: DEFAULT_PROFILE, codes: ['BBB'] }).rows.map((r) => r.code)).toEqual(['BBB']);
  });
});

describe('harmonization', () => {
  it('tells agreement, majority and outliers', () => {
    const a = agreementOn('x', [{ code: 'A', status: 'full' }, { code: 'B', status: 'full' }, { code: 'C', status: 'absent' }, { code: 'D', status: 'not-assessed' }]);
    expect(a).toMatchObject({ agreement: 'split', majority: 'full', outliers: [{ code: 'C', status: 'absent' }] });
    expect(agreementOn('x', [{ code: 'A', status: 'full' }, { code: 'B', status: 'full' }]).agreement).toBe('all-full');
    expect(agreementOn('x', [{ code: 'A', status: 'absent' }, { code: 'B', status: 'not-assessed' }]).agreement).toBe('all-absent');
    expect(agreementOn('x', [{ code: 'A', status: 'full' }, { code: 'B', status: 'partial' }]).agreement).toBe('all-covered');
    expect(agreementOn('x', [{ code: 'A', status: 'not-assessed' }]).agreement).toBe('unknown');
  });
});
