import { describe, expect, it } from 'vitest';
import type { CoverageStatus } from '../../../main/core/corpus/corpus-types';
import { computeScore, type ScoredElement } from '../../../main/core/gaps/score';
import { DEFAULT_PROFILE, scoringProfile } from '../../../main/core/gaps/scoring-profile';

const ELEMENTS: ScoredElement[] = [
  { id: 'm1', pillar: 'definition', level: 'mandatory' },
  { id: 'm2', pillar: 'definition', level: 'mandatory' },
  { id: 'm3', pillar: 'protection', level: 'mandatory' },
  { id: 'c1', pillar: 'protection', level: 'consider' },
  { id: 'r1', pillar: 'prevention', level: 'recommended' },
  { id: 'b1', pillar: 'definition', level: 'beyond' },
  { id: 'm4', pillar: 'cooperation', level: 'mandatory' },
];

const statuses = (s: Record<string, CoverageStatus>) => (id: string) => s[id];

describe('coverage score', () => {
  it('matches a hand-computed default score', () => {
    // m1 full 3, m2 partial 1.5, m3 absent 0, c1 full 2, r1 partial 0.5; b1 full (exceeds minimum); m4 not assessed.
    // earned 7 of possible 3+3+3+2+1 = 12 -> 58.3 %
    const s = computeScore(ELEMENTS, statuses({ m1: 'full', m2: 'partial', m3: 'absent', c1: 'full', r1: 'partial', b1: 'full', m4: 'not-assessed' }), DEFAULT_PROFILE);
    expect(s).toMatchObject({ earned: 7, possible: 12, percent: 58.3, scored: 5, notAssessed: 1, notApplicable: 0, exceedsMinimum: 1 });
    expect(s.byPillar.definition).toMatchObject({ earned: 4.5, possible: 6, percent: 75, exceedsMinimum: 1 });
    expect(s.byPillar.protection).toMatchObject({ earned: 2, possible: 5, percent: 40 });
    expect(s.byPillar.cooperation).toMatchObject({ percent: null, notAssessed: 1 });
    expect(s.byPillar.procedure.percent).toBeNull();
  });

  it('excludes not-applicable and treats a missing status as not assessed', () => {
    const s = computeScore(ELEMENTS, statuses({ m1: 'full', m2: 'not-applicable' }), DEFAULT_PROFILE);
    expect(s).toMatchObject({ earned: 3, possible: 3, percent: 100, notApplicable: 1, notAssessed: 5 });
  });

  it('never counts beyond elements as gaps', () => {
    const s = computeScore([{ id: 'b1', pillar: 'definition', level: 'beyond' }], statuses({ b1: 'absent' }), DEFAULT_PROFILE);
    expect(s).toMatchObject({ possible: 0, percent: null, exceedsMinimum: 0 });
  });

  it('switches profile', () => {
    const st = statuses({ m1: 'full', m2: 'partial', m3: 'absent', c1: 'full', r1: 'partial', m4: 'full' });
    // mandatory-only: m1 1 + m2 0.5 + m3 0 + m4 1 = 2.5 of 4
    expect(computeScore(ELEMENTS, st, scoringProfile('mandatory-only')!).percent).toBe(62.5);
    // strict: partial = 0: m1 3 + c1 2 + m4 3 = 8 of 3+3+3+2+1+3 = 15
    expect(computeScore(ELEMENTS, st, scoringProfile('strict')!)).toMatchObject({ earned: 8, possible: 15, percent: 53.3 });
  });
});
