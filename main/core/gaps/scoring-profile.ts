import type { CoverageStatus, ObligationLevel } from '../corpus/corpus-types';

/**
 * How a state's coverage becomes a score. Weights per obligation level times a value per status;
 * not-applicable and not-assessed are excluded from the score (not-assessed is reported beside it,
 * so nobody mistakes unknown for covered); `beyond` elements weigh 0 and are shown as "exceeds minimum".
 */
export interface ScoringProfile {
  id: string;
  label: { en: string; es: string };
  levelWeights: Record<ObligationLevel, number>;
  statusValues: Record<Extract<CoverageStatus, 'full' | 'partial' | 'absent'>, number>;
}

export const DEFAULT_PROFILE: ScoringProfile = {
  id: 'default',
  label: { en: 'Weighted by obligation (3-2-1)', es: 'Ponderado por obligación (3-2-1)' },
  levelWeights: { mandatory: 3, consider: 2, recommended: 1, beyond: 0 },
  statusValues: { full: 1, partial: 0.5, absent: 0 },
};

export const SCORING_PROFILES: readonly ScoringProfile[] = [
  DEFAULT_PROFILE,
  {
    id: 'mandatory-only',
    label: { en: 'Treaty obligations only', es: 'Solo obligaciones convencionales' },
    levelWeights: { mandatory: 1, consider: 0, recommended: 0, beyond: 0 },
    statusValues: { full: 1, partial: 0.5, absent: 0 },
  },
  {
    id: 'equal',
    label: { en: 'Every element equal', es: 'Todos los elementos por igual' },
    levelWeights: { mandatory: 1, consider: 1, recommended: 1, beyond: 0 },
    statusValues: { full: 1, partial: 0.5, absent: 0 },
  },
  {
    id: 'strict',
    label: { en: 'Strict: partial counts as absent', es: 'Estricto: parcial cuenta como ausente' },
    levelWeights: { mandatory: 3, consider: 2, recommended: 1, beyond: 0 },
    statusValues: { full: 1, partial: 0, absent: 0 },
  },
];

export function scoringProfile(id: string): ScoringProfile | undefined {
  return SCORING_PROFILES.find((p) => p.id === id);
}
