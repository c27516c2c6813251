import { compileTerm, findTerms, type CompiledTerm } from './lexicon-matcher';

export interface Suggestion {
  element: string;
  /** 0..1: how sure the suggester is, from how many distinct and how specific the matched terms are. */
  confidence: number;
  /** The words of the text that triggered the suggestion, as they appear in it. */
  evidence: string[];
}

export interface SuggestableElement {
  id: string;
  lexicon: Record<'en' | 'es' | 'pt' | 'fr', string[]>;
}

/** Default cut-off: tuned on the labelled set in tests/fixtures/suggester (see its test for the figures). */
export const DEFAULT_THRESHOLD = 0.45;

interface Prepared {
  id: string;
  terms: Array<CompiledTerm & { weight: number }>;
}

/** A regular expression or a phrase says more than one (prefix) word. */
function weightOf(term: string): number {
  if (term.startsWith('/')) return 1.2;
  const words = term.split(/\s+/).length;
  if (words >= 2) return 1;
  return term.endsWith('*') ? 0.45 : 0.6;
}

/**
 * Proposes which elements a text covers, from the element lexicons in four languages, with the words
 * that triggered each. Suggestions are only ever proposals: nothing is applied without the user.
 */
export class Suggester {
  private readonly prepared: Prepared[];

  constructor(elements: readonly SuggestableElement[]) {
    this.prepared = elements.map((e) => ({
      id: e.id,
      terms: (['en', 'es', 'pt', 'fr'] as const).flatMap((l) => e.lexicon[l].map((t) => ({ ...compileTerm(t), weight: weightOf(t) }))),
    }));
  }

  suggest(text: string, threshold = DEFAULT_THRESHOLD): Suggestion[] {
    if (!text.trim()) return [];
    const out: Suggestion[] = [];
    for (const p of this.prepared) {
      const hits = findTerms(text, p.terms);
      if (hits.length === 0) continue;
      const byTerm = new Map<string, string[]>();
      for (const h of hits) byTerm.set(h.term, [...(byTerm.get(h.term) ?? []), h.match]);
      let w = 0;
      for (const term of byTerm.keys()) w += p.terms.find((t) => t.term === term)?.weight ?? 0.5;
      const confidence = Math.round((1 - Math.exp(-1.1 * w)) * 100) / 100;
      if (confidence < threshold) continue;
      const evidence = [...new Set(hits.map((h) => h.match.trim()))].slice(0, 8);
      out.push({ element: p.id, confidence, evidence });
    }
    return out.sort((a, b) => b.confidence - a.confidence);
  }
}
