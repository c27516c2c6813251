import { normalizeArticleNumber, segmentArticles, type SegmentedArticle } from './segment-articles';

export interface InstrumentRef {
  key: string;
  title: string;
  number?: string;
  type: string;
}

const QUOTED_ARTICLE = /[“«"‘]\s*(?=(?:art[ií]culo|artigo|article|art\.|section|§)\s*[\dA-Za-zúÚ])/iu;
const CLOSE = /[”»"’]\s*\.?\s*$/u;

const digits = (s: string) => s.replace(/\D+/g, '');

/** Which instrument an amending article targets, from how it names it ("del Código Penal", "de la ley 26.364"). */
export function resolveTarget(intro: string, instruments: readonly InstrumentRef[]): string | null {
  if (/c[oó]digo penal|penal code|code p[ée]nal|c[oó]digo penal/i.test(intro)) {
    const code = instruments.find((i) => i.type === 'code' && /penal|criminal/i.test(i.title));
    return code?.key ?? 'Código Penal';
  }
  if (/criminal code/i.test(intro)) return instruments.find((i) => i.type === 'code' && /criminal/i.test(i.title))?.key ?? 'Criminal Code';
  const m = /\b(?:ley|lei|loi|decreto|d[ée]cret|act)\s+(?:n(?:[°º.o]|úmero|um\.)?\s*)?(\d[\d.\-/]*\d|\d)/iu.exec(intro);
  if (m) {
    const wanted = digits(m[1]);
    const hit = instruments.find((i) => i.number && digits(i.number) === wanted);
    return hit?.key ?? m[0].trim();
  }
  return null;
}

/**
 * Brings out the articles an amending law quotes ("Incorpórase como artículo 145 bis del Código Penal
 * el siguiente: «Artículo 145 bis: …»"): the amending article keeps its own text, and each quoted
 * article follows it as its own entry, with the instrument and article it gives new text to.
 */
export function findAmendments(articles: readonly SegmentedArticle[], instruments: readonly InstrumentRef[]): SegmentedArticle[] {
  const out: SegmentedArticle[] = [];
  for (const a of articles) {
    out.push(a);
    const full = [a.heading, a.text].filter(Boolean).join('\n');
    const q = QUOTED_ARTICLE.exec(full);
    if (!q) continue;
    const intro = full.slice(0, q.index);
    const quoted = full.slice(q.index + q[0].length).replace(CLOSE, '');
    let inner: SegmentedArticle[];
    try {
      inner = segmentArticles(quoted);
    } catch {
      continue;
    }
    const target = resolveTarget(intro, instruments);
    // "Sustitúyese el artículo 2° de la ley…": the intro names the article when the quote does not.
    const named = /art[ií]culo\s+(\d+[°º]?(?:\s*(?:bis|ter|qu[aá]ter))?)/iu.exec(intro);
    for (const q2 of inner) {
      out.push({ ...q2, amends: { instrument: target ?? 'unknown instrument', article: q2.number || (named ? normalizeArticleNumber(named[1]) : '') } });
    }
  }
  return out;
}
