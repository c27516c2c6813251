import type { CoverageStatus, CoverageView, ElementView, ObligationLevel } from '../corpus/corpus-types';

export interface Gap {
  element: string;
  level: ObligationLevel;
  status: Extract<CoverageStatus, 'absent' | 'partial'>;
  /** 1 is the most severe: mandatory absent. */
  severity: number;
}

const LEVEL_RANK: Record<ObligationLevel, number> = { mandatory: 0, consider: 1, recommended: 2, beyond: 3 };

/** Severity rank: by obligation level first, then absent before partial (mandatory absent = 1). */
export function severityOf(level: ObligationLevel, status: 'absent' | 'partial'): number {
  return LEVEL_RANK[level] * 2 + (status === 'absent' ? 1 : 2);
}

/**
 * The gaps of one state, most severe first: mandatory absent, mandatory partial, consider absent, ...
 * `beyond` elements are never gaps; not-assessed elements are listed apart by `unknownsOf`.
 */
export function gapsOf(elements: readonly ElementView[], coverage: readonly CoverageView[]): Gap[] {
  const order = new Map(elements.map((e, i) => [e.id, i]));
  const level = new Map(elements.map((e) => [e.id, e.level]));
  return coverage
    .filter((c): c is CoverageView & { status: 'absent' | 'partial' } => (c.status === 'absent' || c.status === 'partial') && level.get(c.element) !== 'beyond')
    .map((c) => {
      const l = level.get(c.element) as ObligationLevel;
      return { element: c.element, level: l, status: c.status, severity: severityOf(l, c.status) };
    })
    .sort((a, b) => a.severity - b.severity || (order.get(a.element) ?? 0) - (order.get(b.element) ?? 0));
}

export function unknownsOf(coverage: readonly CoverageView[]): string[] {
  return coverage.filter((c) => c.status === 'not-assessed').map((c) => c.element);
}
