import type { CoverageStatus, ObligationLevel, Pillar } from '../corpus/corpus-types';
import type { ScoringProfile } from './scoring-profile';

export interface ScoredElement {
  id: string;
  pillar: Pillar;
  level: ObligationLevel;
}

export interface ScoreBreakdown {
  /** Earned weight over possible weight, as a percentage rounded to one decimal; null when nothing could be scored. */
  percent: number | null;
  earned: number;
  possible: number;
  /** Elements counted in the score. */
  scored: number;
  notAssessed: number;
  notApplicable: number;
  /** `beyond` elements the law covers (full or partial): shown as "exceeds minimum", never a gap. */
  exceedsMinimum: number;
}

export interface Score extends ScoreBreakdown {
  byPillar: Record<Pillar, ScoreBreakdown>;
}

const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];

function empty(): ScoreBreakdown {
  return { percent: null, earned: 0, possible: 0, scored: 0, notAssessed: 0, notApplicable: 0, exceedsMinimum: 0 };
}

function add(b: ScoreBreakdown, level: ObligationLevel, status: CoverageStatus, profile: ScoringProfile): void {
  if (status === 'not-assessed') {
    b.notAssessed++;
    return;
  }
  if (status === 'not-applicable') {
    b.notApplicable++;
    return;
  }
  if (level === 'beyond') {
    if (status === 'full' || status === 'partial') b.exceedsMinimum++;
    return;
  }
  const weight = profile.levelWeights[level];
  if (weight === 0) return;
  b.possible += weight;
  b.earned += weight * profile.statusValues[status];
  b.scored++;
}

function finish(b: ScoreBreakdown): ScoreBreakdown {
  b.percent = b.possible > 0 ? Math.round((b.earned / b.possible) * 1000) / 10 : null;
  return b;
}

/**
 * A state's score under a profile, overall and per pillar. `statusOf` gives each element's status;
 * an element with no status counts as not assessed.
 */
export function computeScore(elements: readonly ScoredElement[], statusOf: (id: string) => CoverageStatus | undefined, profile: ScoringProfile): Score {
  const total = empty();
  const byPillar = Object.fromEntries(PILLARS.map((p) => [p, empty()])) as Record<Pillar, ScoreBreakdown>;
  for (const e of elements) {
    const status = statusOf(e.id) ?? 'not-assessed';
    add(total, e.level, status, profile);
    add(byPillar[e.pillar], e.level, status, profile);
  }
  for (const p of PILLARS) finish(byPillar[p]);
  return { ...finish(total), byPillar };
}
