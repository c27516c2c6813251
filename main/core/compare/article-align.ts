import { diffTexts, markMoves, type Change, type Granularity } from './text-diff';

export interface ArticleSegment {
  /** Normalized number ("5", "145 bis", "279.01"), or null for text before the first heading. */
  number: string | null;
  text: string;
}

// Headings in the drafting styles of the region: Artículo 5.- / ARTÍCULO 5° / Art. 5º / Art. 149-A. /
// Article 5 / Section 5 / § 1591 / 5. (1) at the start of a line.
const HEADING = /^[ \t]*(?:art(?:[ií]culo|igo|icle)?\.?|section|sec\.|§+)[ \t]*(\d+(?:[.\-]\d+)?(?:[ \t-]*(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies)\b|-[a-z]\b|[a-z]\b)?)/gimu;

function normalizeNumber(n: string): string {
  return n.toLowerCase().replace(/[ \t-]+/g, ' ').replace('quáter', 'quater').trim();
}

/** Splits a multi-article text at its article or section headings. */
export function segmentArticles(text: string): ArticleSegment[] {
  const starts: Array<{ index: number; number: string }> = [];
  for (const m of text.matchAll(HEADING)) starts.push({ index: m.index ?? 0, number: normalizeNumber(m[1]) });
  if (starts.length < 2) return [{ number: null, text }];
  const out: ArticleSegment[] = [];
  if (starts[0].index > 0 && text.slice(0, starts[0].index).trim()) out.push({ number: null, text: text.slice(0, starts[0].index) });
  starts.forEach((s, i) => out.push({ number: s.number, text: text.slice(s.index, starts[i + 1]?.index ?? text.length) }));
  return out;
}

export interface AlignedDiff {
  changes: Change[];
  /** How the articles were paired: both sides, or only one (inserted or deleted article). */
  articles: Array<{ number: string | null; status: 'matched' | 'inserted' | 'deleted' }>;
  aligned: boolean;
}

/**
 * Diffs two versions of a multi-article text article by article, pairing articles by number first so
 * one inserted article does not make everything after it look changed. Falls back to a plain diff
 * when either side has fewer than two headings. `onProgress` reports articles done out of total.
 */
export function diffAligned(left: string, right: string, granularity: Granularity, onProgress?: (done: number, total: number) => void): AlignedDiff {
  const a = segmentArticles(left);
  const b = segmentArticles(right);
  if (a.length < 2 || b.length < 2) {
    const changes = markMoves(diffTexts(left, right, granularity));
    onProgress?.(1, 1);
    return { changes, articles: [], aligned: false };
  }
  const byNumber = new Map(b.filter((s) => s.number !== null).map((s) => [s.number as string, s]));
  const used = new Set<ArticleSegment>();
  const changes: Change[] = [];
  const articles: AlignedDiff['articles'] = [];
  const total = a.length + b.length;
  let done = 0;
  let bIndex = 0;
  const flushRightUntil = (target: ArticleSegment | null) => {
    // Right-side articles with no counterpart, in their own order, before the next matched one.
    while (bIndex < b.length && b[bIndex] !== target) {
      const seg = b[bIndex++];
      if (used.has(seg)) continue;
      used.add(seg);
      changes.push({ op: 'insert', text: seg.text });
      articles.push({ number: seg.number, status: 'inserted' });
      onProgress?.(++done, total);
    }
    if (target && b[bIndex] === target) bIndex++;
  };
  for (const seg of a) {
    const match = seg.number !== null ? byNumber.get(seg.number) : seg === a[0] && b[0].number === null ? b[0] : undefined;
    if (match && !used.has(match)) {
      flushRightUntil(match);
      used.add(match);
      changes.push(...diffTexts(seg.text, match.text, granularity));
      articles.push({ number: seg.number, status: 'matched' });
      done += 2;
    } else {
      changes.push({ op: 'delete', text: seg.text });
      articles.push({ number: seg.number, status: 'deleted' });
      done++;
    }
    onProgress?.(done, total);
  }
  flushRightUntil(null);
  return { changes: markMoves(changes), articles, aligned: true };
}
