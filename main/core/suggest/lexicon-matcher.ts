import { foldAccents } from '../search/lunr-setup';

export interface CompiledTerm {
  term: string;
  pattern: RegExp;
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a lexicon term (see corpus/README.md): words, each optionally ending in `*` for a prefix,
 * or a `/regex/`. Terms and text are both folded to lower case without accents before matching.
 */
export function compileTerm(term: string): CompiledTerm {
  // A regex keeps its case (\W is not \w); only accents are stripped, and the i flag handles case.
  if (term.startsWith('/') && term.endsWith('/') && term.length > 2) return { term, pattern: new RegExp(stripAccents(term.slice(1, -1)), 'giu') };
  const words = foldAccents(term)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}[\\p{L}\\p{N}]*` : escapeRegExp(w)));
  return { term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\-]+')}(?![\\p{L}\\p{N}])`, 'giu') };
}

/** Every match of the terms in a text, with offsets into the folded text (same length as the original for Latin scripts). */
export function findTerms(text: string, terms: readonly CompiledTerm[]): Array<{ term: string; index: number; match: string }> {
  const folded = foldAccents(text);
  const out: Array<{ term: string; index: number; match: string }> = [];
  for (const t of terms) {
    t.pattern.lastIndex = 0;
    for (const m of folded.matchAll(t.pattern)) {
      out.push({ term: t.term, index: m.index ?? 0, match: text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length) });
      if (out.length > 500) return out;
    }
  }
  return out;
}
