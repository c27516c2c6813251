import { compileTerm, findTerms, type CompiledTerm } from '../suggest/lexicon-matcher';
import { foldAccents, SEARCH_LANGUAGES } from './lunr-setup';

export interface ElementMatch {
  element: string;
  score: number;
  /** Why it matched: the label, a lexicon term, or the treaty article. */
  reason: 'label' | 'term' | 'article';
}

/** What the matcher needs of an element. */
export interface MatchableElement {
  id: string;
  source: string;
  label: { en: string; es: string; pt?: string; fr?: string };
  lexicon: Record<'en' | 'es' | 'pt' | 'fr', string[]>;
}

/** Words that carry no concept, in the four languages, plus the prefixes of our element labels. */
const STOP = new Set(['the', 'and', 'for', 'with', 'del', 'las', 'los', 'por', 'con', 'sin', 'une', 'des', 'les', 'pour', 'que', 'das', 'dos', 'para', 'act', 'acto', 'ato', 'acte', 'means', 'medio', 'meio', 'moyen', 'purpose', 'fin', 'finalidade']);
const stem = (w: string) => w.slice(0, Math.max(4, Math.min(w.length - 1, 7)));

interface Prepared {
  id: string;
  labels: string[];
  terms: CompiledTerm[];
  articles: string[];
}

/** "TIP 3(b)" -> ["3(b)", "3 b"], so "art. 3(b)" or "article 3 b" find the element. */
function articleKeys(source: string): string[] {
  const keys: string[] = [];
  for (const m of source.matchAll(/(\d+)\s*\(([a-z0-9]+)\)/gi)) keys.push(`${m[1]}(${m[2].toLowerCase()})`);
  return keys;
}

/**
 * Tells which element a query names, from the element labels and lexicons in four languages and the
 * treaty article, so a search for "consent irrelevant" or "art. 3(b)" opens with that element.
 */
export class ElementMatcher {
  private readonly prepared: Prepared[];

  constructor(elements: readonly MatchableElement[]) {
    this.prepared = elements.map((e) => ({
      id: e.id,
      labels: Object.values(e.label).filter((l): l is string => Boolean(l)).map((l) => foldAccents(l).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()),
      terms: SEARCH_LANGUAGES.flatMap((l) => e.lexicon[l].map(compileTerm)),
      articles: articleKeys(e.source),
    }));
  }

  match(query: string, limit = 3): ElementMatch[] {
    const q = foldAccents(query).replace(/[^\p{L}\p{N}()]+/gu, ' ').trim();
    if (q.length < 3) return [];
    const plain = q.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
    const article = /(?:art(?:icle|iculo|igo)?\.?\s*)?(\d+)\s*\(?\s*([a-z0-9])\s*\)?/i.exec(query);
    const out: ElementMatch[] = [];
    const words = plain.split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
    for (const p of this.prepared) {
      let best: ElementMatch | null = null;
      const consider = (m: ElementMatch) => {
        if (!best || m.score > best.score) best = m;
      };
      for (const label of p.labels) {
        if (label === plain) consider({ element: p.id, score: 1, reason: 'label' });
        // Every significant query word begins a word of the label: "consentimiento irrelevante" names
        // "Consentimiento de la víctima irrelevante". A lone word must nearly be the whole label.
        const labelWords = label.split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
        if (words.length === 0 || labelWords.length === 0) continue;
        if (words.length === 1 && labelWords.length > 2) continue;
        if (words.every((w) => labelWords.some((lw) => lw.startsWith(stem(w)) || w.startsWith(stem(lw))))) {
          consider({ element: p.id, score: 0.6 + 0.35 * Math.min(1, words.length / labelWords.length), reason: 'label' });
        }
      }
      if (article && /\bart|\(/i.test(query) && p.articles.includes(`${article[1]}(${article[2].toLowerCase()})`)) consider({ element: p.id, score: 0.9, reason: 'article' });
      if (words.length >= 2 && findTerms(query, p.terms).some((m) => m.match.length >= Math.min(plain.length, 10))) consider({ element: p.id, score: 0.5, reason: 'term' });
      if (best) out.push(best);
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
