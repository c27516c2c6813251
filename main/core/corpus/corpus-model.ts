import type { Coverage, Element, Grouping, Instrument, Jurisdiction, Provision } from '../../../corpus/schema';
import type { z } from 'zod';

export type GroupingRecord = z.infer<typeof Grouping>;

/** The validated corpus, as the build consumes it. */
export interface CorpusModel {
  elements: Element[];
  groupings: GroupingRecord[];
  jurisdictions: JurisdictionBundle[];
}

export interface JurisdictionBundle {
  jurisdiction: Jurisdiction;
  instruments: Instrument[];
  provisions: Provision[];
  coverage: Coverage[];
}

/** One problem found by the check, reported as `file: path.to.field: message`. */
export interface CorpusProblem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(p: CorpusProblem): string {
  return `${p.file}: ${p.path || '(file)'}: ${p.message}`;
}
