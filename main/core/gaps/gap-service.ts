import type { CorpusRepository } from '../corpus/corpus-repository';
import type { CoverageStatus, CoverageView, ElementView, JurisdictionSummary, ProvisionView } from '../corpus/corpus-types';
import { gapsOf, unknownsOf, type Gap } from './gap-list';
import { agreementOn, type ElementAgreement } from './harmonization';
import { computeMatrix, type Matrix, type MatrixOptions } from './matrix';
import { computeScore, type Score } from './score';
import { DEFAULT_PROFILE, scoringProfile, type ScoringProfile } from './scoring-profile';

export interface CountryProfile {
  code: string;
  profile: string;
  score: Score;
  gaps: Array<Gap & { coverage: CoverageView; element: string }>;
  notAssessed: string[];
  /** Elements whose status an amendment changed, newest first. */
  changes: Array<{ element: string; until: string; amendedBy: string; from: CoverageStatus; to: CoverageStatus }>;
}

export interface ElementAcross {
  element: ElementView;
  rows: Array<{ jurisdiction: JurisdictionSummary; coverage: CoverageView; provisions: ProvisionView[] }>;
  counts: Record<CoverageStatus, number>;
}

export interface Harmonization {
  group: string;
  members: string[];
  elements: ElementAgreement[];
}

/** Gap analysis over the corpus: every figure computed here, in the core, and traceable to provisions. */
export class GapService {
  constructor(private readonly corpus: CorpusRepository) {}

  profileOrDefault(id?: string): ScoringProfile {
    return (id && scoringProfile(id)) || DEFAULT_PROFILE;
  }

  matrix(opts: Omit<MatrixOptions, 'profile'> & { profile?: string }): Matrix {
    return computeMatrix(
      { elements: this.corpus.elements(), jurisdictions: this.corpus.jurisdictions(), statuses: this.corpus.allStatuses() },
      { ...opts, profile: this.profileOrDefault(opts.profile) },
    );
  }

  countryProfile(code: string, profileId?: string): CountryProfile | null {
    if (!this.corpus.hasJurisdiction(code)) return null;
    const elements = this.corpus.elements();
    const coverage = this.corpus.coverage(code);
    const byElement = new Map(coverage.map((c) => [c.element, c]));
    const profile = this.profileOrDefault(profileId);
    const changes = coverage
      .flatMap((c) => c.history.map((h, i) => ({ element: c.element, until: h.until, amendedBy: h.amendedBy, from: h.status, to: (c.history[i + 1]?.status ?? c.status) as CoverageStatus })))
      .filter((ch) => ch.from !== ch.to)
      .sort((a, b) => b.until.localeCompare(a.until));
    return {
      code,
      profile: profile.id,
      score: computeScore(elements, (id) => byElement.get(id)?.status, profile),
      gaps: gapsOf(elements, coverage).map((g) => ({ ...g, coverage: byElement.get(g.element) as CoverageView })),
      notAssessed: unknownsOf(coverage),
      changes,
    };
  }

  elementAcross(elementId: string): ElementAcross | null {
    const element = this.corpus.elements().find((e) => e.id === elementId);
    if (!element) return null;
    const summaries = new Map(this.corpus.jurisdictions().map((j) => [j.code, j]));
    const counts: Record<CoverageStatus, number> = { full: 0, partial: 0, absent: 0, 'not-applicable': 0, 'not-assessed': 0 };
    const rows = this.corpus.coverageOfElement(elementId).map((c) => {
      counts[c.status]++;
      return {
        jurisdiction: summaries.get(c.jurisdiction) as JurisdictionSummary,
        coverage: c,
        provisions: c.provisions.map((k) => this.corpus.provision(k)).filter((p): p is ProvisionView => p !== null),
      };
    });
    return { element, rows, counts };
  }

  harmonization(group: string): Harmonization | null {
    const grouping = this.corpus.groupings().find((g) => g.id === group);
    if (!grouping) return null;
    const statuses = this.corpus.allStatuses();
    const members = grouping.members;
    return {
      group,
      members,
      elements: this.corpus.elements().map((e) => agreementOn(e.id, members.map((code) => ({ code, status: statuses.get(code)?.get(e.id) ?? 'not-assessed' })))),
    };
  }
}
