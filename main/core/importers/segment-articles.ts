import { ImportRefused } from './import-errors';

export interface SegmentedArticle {
  /** As written: "Artículo 5.-", "Art. 149-A.", "Section 5", "§ 1591". */
  label: string;
  /** Normalized: "5", "145 bis", "149-a", "primero" becomes "1", "único" stays "unico". */
  number: string;
  heading: string | null;
  text: string;
  /** Set on an article quoted inside an amending law: the instrument and article it gives new text to. */
  amends: { instrument: string; article: string } | null;
}

const ORDINALS: Record<string, string> = {
  primero: '1', primera: '1', premier: '1', primeiro: '1', segundo: '2', second: '2', deuxième: '2', tercero: '3', terceiro: '3', cuarto: '4', quarto: '4', quinto: '5', sexto: '6',
  séptimo: '7', septimo: '7', sétimo: '7', octavo: '8', oitavo: '8', noveno: '9', nono: '9', décimo: '10', decimo: '10', undécimo: '11', undecimo: '11', duodécimo: '12', duodecimo: '12',
};
const SUFFIX = '(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|novies|decies)';
const NUMBER = `(?:\\d+(?:\\.\\d+)*(?:\\s*[°ºª])?(?:[ \\t]*-?[ \\t]*${SUFFIX}|-[A-Z]\\b)?|${Object.keys(ORDINALS).join('|')}|[uú]nic[oa])`;

/** A line that opens an article, in the drafting styles of the region. */
const HEADINGS: Array<{ style: string; re: RegExp }> = [
  // Artículo 5.- / ARTÍCULO 5° / Art. 5º / Artigo 5.º / Article 5 / Art. 149-A. / Artículo primero / Artículo único
  { style: 'civil', re: new RegExp(`^(?<label>(?:art[ií]culo|artigo|article|art\\.)\\s*(?<num>${NUMBER}))(?<delim>\\s*[.\\-–—:]+-?|\\s*$|\\s+(?=[A-ZÁÉÍÓÚÑ«“"]))`, 'iu') },
  // Section 5 / Sec. 5
  { style: 'section', re: new RegExp(`^(?<label>(?:section|sec\\.)\\s*(?<num>\\d+[A-Z]?(?:\\.\\d+)*))(?<delim>\\s*[.\\-–:]*)`, 'u') },
  // § 1591. Heading
  { style: 'usc', re: /^(?<label>§+\s*(?<num>\d+[a-z]?(?:-\d+)?))(?<delim>\.?)/u },
  // 5. (1) text   (Commonwealth: number, then a subsection)
  { style: 'commonwealth', re: /^(?<label>(?<num>\d+[A-Z]?)\.)(?<delim>\s+(?=\(1\)|[A-Z]))/u },
];

export function normalizeArticleNumber(raw: string): string {
  const n = raw.toLowerCase().replace(/[°ºª]/g, '').replace(/\s+/g, ' ').trim();
  if (ORDINALS[n]) return ORDINALS[n];
  if (/^[uú]nic[oa]$/.test(n)) return 'unico';
  return n.replace(/\s*-\s*(?=[a-z]$)/, '-').replace(/\s*-?\s*(bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|novies|decies)$/, ' $1').replace('quáter', 'quater').replace(/\.$/, '');
}

const OPEN_QUOTES = '“«‘';
const CLOSE_QUOTES = '”»’';

/** Tracks whether a position is inside quotation marks (curly, guillemets, or straight double quotes). */
function quoteDepthAfter(line: string, depth: number): number {
  let d = depth;
  let straightOpen = d > 0;
  for (const ch of line) {
    if (OPEN_QUOTES.includes(ch)) d++;
    else if (CLOSE_QUOTES.includes(ch)) d = Math.max(0, d - 1);
    else if (ch === '"') {
      straightOpen = !straightOpen;
      d = straightOpen ? d + 1 : Math.max(0, d - 1);
    }
  }
  return d;
}

function headingFrom(rest: string, style: string): { heading: string | null; body: string } {
  const r = rest.trim();
  if (style === 'usc') {
    const [first, ...more] = r.split('\n');
    return { heading: first.replace(/\.$/, '').trim() || null, body: more.join('\n').trim() };
  }
  // "Definición. Text…" or "Definición.- Text…": a short phrase closed by a period.
  const m = /^(?<h>[^\n.;:]{3,90}?)\s*(?:\.-|\.)\s+(?<b>[\s\S]+)$/u.exec(r);
  if (m && /^\p{Lu}/u.test(m.groups!.h) && m.groups!.h.split(/\s+/).length <= 10 && !/^(el|la|los|las|the|a|o|se|quien|toda|todo|any|every|whoever)\b/i.test(m.groups!.h)) {
    return { heading: m.groups!.h.trim(), body: m.groups!.b.trim() };
  }
  // A heading on a line of its own: "DEFINICIONES", or "Objeto" above the body. A wrapped body line is
  // not one: the line after it continues in lower case.
  const [first, ...more] = r.split('\n');
  const next = more.find((l) => l.trim())?.trim() ?? '';
  if (first && next && first.length <= 90 && /^\p{Lu}/u.test(first.trim()) && !/[.;:,]$/.test(first.trim()) && first.trim().split(/\s+/).length <= 10 && !/^\p{Ll}/u.test(next)) {
    return { heading: first.trim(), body: more.join('\n').trim() };
  }
  return { heading: null, body: r };
}

/**
 * Splits a statute's text into articles (or sections). Quoted articles inside an amending law stay
 * inside the article that quotes them; `findAmendments` brings them out. Throws when no article is
 * recognizable, rather than importing a single blob.
 */
export function segmentArticles(text: string): SegmentedArticle[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const starts: Array<{ line: number; label: string; number: string; style: string; rest: string }> = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (depth === 0 && line) {
      for (const h of HEADINGS) {
        const m = h.re.exec(line);
        if (!m?.groups) continue;
        starts.push({ line: i, label: m.groups.label.trim(), number: normalizeArticleNumber(m.groups.num), style: h.style, rest: line.slice(m[0].length) });
        break;
      }
    }
    depth = quoteDepthAfter(lines[i], depth);
  }
  // A document mixes styles only by accident (a "5." list item inside a Spanish law): keep the dominant one.
  const counts = new Map<string, number>();
  for (const s of starts) counts.set(s.style, (counts.get(s.style) ?? 0) + 1);
  const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kept = starts.filter((s) => s.style === dominant);
  if (kept.length === 0) throw new ImportRefused('No articles or sections could be recognized in this text (looked for "Artículo 5", "Art. 5º", "Article 5", "Section 5", "5. (1)" and "§ 5" at the start of lines).');
  return kept.map((s, k) => {
    const end = kept[k + 1]?.line ?? lines.length;
    let bodyLines = lines.slice(s.line + 1, end);
    let heading: string | null = null;
    // Commonwealth marginal notes: a short line just above the section number is its heading.
    if (s.style === 'commonwealth' || s.style === 'section') {
      const prev = lines[s.line - 1]?.trim();
      if (prev && prev.length < 90 && !/[.;:,]$/.test(prev) && !HEADINGS.some((h) => h.re.test(prev))) heading = prev;
      if (k + 1 < kept.length) {
        const last = bodyLines[bodyLines.length - 1]?.trim();
        if (last && last.length < 90 && !/[.;:,]$/.test(last)) bodyLines = bodyLines.slice(0, -1);
      }
    }
    const rest = [s.rest, ...bodyLines].join('\n');
    const h = heading ? { heading, body: rest.trim() } : headingFrom(rest, s.style);
    return { label: s.label.replace(/[.\-–:]+$/, ''), number: s.number, heading: h.heading, text: h.body.replace(/\n{3,}/g, '\n\n').trim(), amends: null };
  });
}
