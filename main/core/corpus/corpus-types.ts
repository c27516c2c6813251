import type { z } from 'zod';
import type { Attributes, CoverageStatus, LocalizedText, ObligationLevel, Pillar, Source, Subregion } from '../../../corpus/schema';
import type { Instrument } from '../../../corpus/schema';

export type { Attributes, CoverageStatus, LocalizedText, ObligationLevel, Pillar, Source, Subregion };

/** Shapes the core hands to the API: plain data, no database handles. */
export interface ElementView {
  id: string;
  pillar: Pillar;
  level: ObligationLevel;
  source: string;
  label: LocalizedText;
  description: LocalizedText;
  full: LocalizedText;
  partial: LocalizedText;
  modelClause: LocalizedText;
}

export interface GroupingView {
  id: string;
  kind: 'subregion' | 'group';
  name: LocalizedText;
  description: LocalizedText;
  members: string[];
}

export interface TreatyStatusView {
  status: 'party' | 'signatory' | 'not-party';
  action?: string;
  date?: string;
}

export type StatusCounts = Record<CoverageStatus, number>;

export interface JurisdictionSummary {
  code: string;
  name: LocalizedText;
  subregion: Subregion;
  groups: string[];
  protocol: TreatyStatusView;
  instrumentCount: number;
  provisionCount: number;
  statusCounts: StatusCounts;
}

export type InstrumentView = z.infer<typeof Instrument>;

export interface ProvisionVersionView {
  seq: number;
  current: boolean;
  from: string | null;
  to: string | null;
  introducedBy: string | null;
  amendedBy: string | null;
  heading: LocalizedText;
  digest: LocalizedText;
  attributes: Attributes;
}

export interface ProvisionView {
  key: string;
  jurisdiction: string;
  instrument: string;
  label: string;
  number: string;
  heading: LocalizedText;
  digest: LocalizedText;
  attributes: Attributes;
  status: 'in-force' | 'repealed';
  inForce: { from?: string; introducedBy?: string };
  source: Source;
  versions: ProvisionVersionView[];
}

export interface CoverageChangeView {
  until: string;
  amendedBy: string;
  status: CoverageStatus;
  provisions: string[];
  rationale: LocalizedText;
  shortcoming?: LocalizedText;
}

export interface CoverageView {
  jurisdiction: string;
  element: string;
  status: CoverageStatus;
  provisions: string[];
  rationale: LocalizedText;
  shortcoming?: LocalizedText;
  history: CoverageChangeView[];
}

export interface JurisdictionDetail extends JurisdictionSummary {
  officialNames: Record<string, string>;
  officialLanguages: string[];
  summary: LocalizedText;
  /** Where the Protocol status and date come from, and the caveats on them (e.g. a day of deposit not confirmed). */
  protocolSource: Source;
  untoc?: TreatyStatusView;
  instruments: InstrumentView[];
  provisions: ProvisionView[];
  coverage: CoverageView[];
}

export interface CorpusInfo {
  version: string;
  contentHash: string;
  builtAt: string;
  format: number;
  counts: { jurisdictions: number; elements: number; instruments: number; provisions: number; coverage: number };
}
