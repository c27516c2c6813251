import type { CorpusRepository } from '../corpus/corpus-repository';
import type { CoverageStatus } from '../corpus/corpus-types';
import { gapsOf } from '../gaps/gap-list';
import { computeScore, type Score } from '../gaps/score';
import type { ScoringProfile } from '../gaps/scoring-profile';
import type { Suggester, Suggestion } from '../suggest/suggester';

export interface SuggestionWithRanges extends Suggestion {
  /** Where the evidence stands in the draft (start, length), to highlight the words that triggered it. */
  ranges: Array<[number, number]>;
}

export interface WhatIf {
  before: Score;
  after: Score;
  /** Gaps (absent, partial, or unknown) the accepted elements would close. */
  closed: Array<{ element: string; from: CoverageStatus }>;
  remaining: Array<{ element: string; status: CoverageStatus; severity: number }>;
}

/** The suggester's proposals for a draft, each with where its evidence stands in the text. */
export function suggestForText(suggester: Suggester, text: string): SuggestionWithRanges[] {
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const foldedOffsets: number[] = [];
  // Map folded offsets back to original offsets (combining marks removed by folding).
  let fi = 0;
  for (let i = 0; i < text.length; i++) {
    const piece = text[i].normalize('NFD').replace(/\p{M}+/gu, '');
    for (let k = 0; k < piece.length; k++) foldedOffsets[fi++] = i;
  }
  return suggester.suggest(text).map((s) => {
    const ranges: Array<[number, number]> = [];
    for (const ev of s.evidence) {
      const needle = ev.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
      let at = folded.indexOf(needle);
      while (at >= 0 && ranges.length < 20) {
        const start = foldedOffsets[at] ?? at;
        const end = (foldedOffsets[at + needle.length - 1] ?? at + needle.length - 1) + 1;
        ranges.push([start, end - start]);
        at = folded.indexOf(needle, at + needle.length);
      }
    }
    return { ...s, ranges: ranges.sort((a, b) => a[0] - b[0]) };
  });
}

/**
 * The state's coverage and score "as if the draft were law": each element the user accepted counts as
 * fully covered. Shows which gaps the draft would close and which would remain.
 */
export function whatIfCoverage(corpus: CorpusRepository, code: string, accepted: readonly string[], profile: ScoringProfile): WhatIf {
  const elements = corpus.elements();
  const coverage = corpus.coverage(code);
  const status = new Map(coverage.map((c) => [c.element, c.status]));
  const acceptedSet = new Set(accepted);
  const after = new Map(status);
  const closed: WhatIf['closed'] = [];
  for (const e of acceptedSet) {
    const from = status.get(e) ?? 'not-assessed';
    if (from !== 'full' && from !== 'not-applicable') {
      after.set(e, 'full');
      closed.push({ element: e, from });
    }
  }
  const remainingCoverage = coverage.map((c) => ({ ...c, status: after.get(c.element) ?? c.status }));
  return {
    before: computeScore(elements, (id) => status.get(id), profile),
    after: computeScore(elements, (id) => after.get(id), profile),
    closed,
    remaining: gapsOf(elements, remainingCoverage).map((g) => ({ element: g.element, status: g.status, severity: g.severity })),
  };
}
