import type { CoverageStatus } from '../corpus/corpus-types';

export type Agreement = 'all-full' | 'all-covered' | 'split' | 'all-absent' | 'unknown';

export interface ElementAgreement {
  element: string;
  agreement: Agreement;
  counts: Record<CoverageStatus, number>;
  /** States whose status differs from the group's majority status. */
  outliers: Array<{ code: string; status: CoverageStatus }>;
  majority: CoverageStatus | null;
}

const ZERO = (): Record<CoverageStatus, number> => ({ full: 0, partial: 0, absent: 0, 'not-applicable': 0, 'not-assessed': 0 });

/**
 * How far a group of states agrees on one element: what a regional meeting negotiates over.
 * Not-assessed and not-applicable states are counted but do not decide agreement.
 */
export function agreementOn(element: string, statuses: ReadonlyArray<{ code: string; status: CoverageStatus }>): ElementAgreement {
  const counts = ZERO();
  for (const s of statuses) counts[s.status]++;
  const known = statuses.filter((s) => s.status === 'full' || s.status === 'partial' || s.status === 'absent');
  let agreement: Agreement;
  if (known.length === 0) agreement = 'unknown';
  else if (counts.full === known.length) agreement = 'all-full';
  else if (counts.absent === known.length) agreement = 'all-absent';
  else if (counts.absent === 0) agreement = 'all-covered';
  else agreement = 'split';
  let majority: CoverageStatus | null = null;
  for (const s of ['full', 'partial', 'absent'] as const) if (counts[s] > 0 && (majority === null || counts[s] > counts[majority])) majority = s;
  const outliers = majority === null ? [] : known.filter((s) => s.status !== majority).map((s) => ({ code: s.code, status: s.status }));
  return { element, agreement, counts, outliers, majority };
}
