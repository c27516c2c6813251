import type { Attributes, CoverageStatus } from '../corpus/corpus-types';

export interface ChipDiff {
  both: string[];
  onlyLeft: string[];
  onlyRight: string[];
}

export interface SubstanceDiff {
  acts: ChipDiff;
  means: ChipDiff;
  purposes: ChipDiff;
  other: ChipDiff;
  aggravating: ChipDiff;
  /** Every element either side covers: the CLI's "attributes" field. */
  all: ChipDiff;
  penalty: { left: Attributes['penalty'] | null; right: Attributes['penalty'] | null; same: boolean };
  meansRequired: { left: Attributes['meansRequired'] | null; right: Attributes['meansRequired'] | null; same: boolean };
  ages: { left: number[]; right: number[] };
  /** The coverage status, in each side's state, of the elements either side touches. */
  coverage: Array<{ element: string; left: CoverageStatus | null; right: CoverageStatus | null }>;
}

export function chipDiff(left: readonly string[], right: readonly string[]): ChipDiff {
  const l = new Set(left);
  const r = new Set(right);
  return { both: [...l].filter((x) => r.has(x)), onlyLeft: [...l].filter((x) => !r.has(x)), onlyRight: [...r].filter((x) => !l.has(x)) };
}

const EMPTY: Attributes = { acts: [], means: [], purposes: [], elements: [], aggravating: [], ageThresholds: [] };

/** The structured attributes of two texts side by side: what differs in substance, not only in words. */
export function substanceDiff(
  leftAttrs: Attributes | null,
  rightAttrs: Attributes | null,
  statusOf: { left: (element: string) => CoverageStatus | null; right: (element: string) => CoverageStatus | null },
): SubstanceDiff {
  const a = leftAttrs ?? EMPTY;
  const b = rightAttrs ?? EMPTY;
  const every = (x: Attributes) => [...x.acts, ...x.means, ...x.purposes, ...x.elements, ...x.aggravating.map((g) => g.element)];
  const all = chipDiff(every(a), every(b));
  const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
  return {
    acts: chipDiff(a.acts, b.acts),
    means: chipDiff(a.means, b.means),
    purposes: chipDiff(a.purposes, b.purposes),
    other: chipDiff(a.elements, b.elements),
    aggravating: chipDiff(a.aggravating.map((g) => g.element), b.aggravating.map((g) => g.element)),
    all,
    penalty: { left: a.penalty ?? null, right: b.penalty ?? null, same: same(a.penalty, b.penalty) },
    meansRequired: { left: a.meansRequired ?? null, right: b.meansRequired ?? null, same: same(a.meansRequired, b.meansRequired) },
    ages: { left: a.ageThresholds.map((t) => t.age), right: b.ageThresholds.map((t) => t.age) },
    coverage: [...all.both, ...all.onlyLeft, ...all.onlyRight].map((element) => ({ element, left: statusOf.left(element), right: statusOf.right(element) })),
  };
}
