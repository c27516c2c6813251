import { ImportRefused } from './import-errors';

interface PdfLine {
  page: number;
  y: number;
  text: string;
}

/**
 * The text layer of a PDF as lines, page by page. A PDF of scanned images has no text layer: that is
 * said plainly instead of importing nothing.
 */
export async function extractPdfLines(bytes: Buffer, name: string): Promise<PdfLine[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: true, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException') throw new ImportRefused(`${name} is password-protected. Open it, remove the password (or print it to a new PDF) and import that.`);
    throw new ImportRefused(`${name} could not be read as a PDF: it may be damaged (${err.message ?? 'unknown error'}).`);
  }
  const pages: PdfLine[][] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const byLine = new Map<number, Array<{ x: number; s: string }>>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const y = Math.round(item.transform[5]);
      const key = [...byLine.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
      if (!byLine.has(key)) byLine.set(key, []);
      byLine.get(key)!.push({ x: item.transform[4], s: item.str });
      chars += item.str.length;
    }
    pages.push(
      [...byLine.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([y, parts]) => ({ page: p, y, text: parts.sort((a, b) => a.x - b.x).map((x) => x.s).join(' ').replace(/\s+/g, ' ').trim() }))
        .filter((l) => l.text),
    );
  }
  await doc.destroy();
  if (chars < 20) throw new ImportRefused(`${name} has no text layer: it seems to be scanned images. Run it through OCR (text recognition) first, or import a Word or text version.`);
  return pages;
}

/**
 * Removes what the page layout added: running headers and footers (lines repeated on many pages),
 * page numbers, and words hyphenated across line ends.
 */
export function cleanPdfText(pages: PdfLine[][]): string {
  const norm = (s: string) => s.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edges = [...page.slice(0, 2), ...page.slice(-2)];
    for (const l of new Set(edges.map((x) => norm(x.text)))) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, n]) => pages.length >= 3 && n >= Math.max(3, pages.length * 0.5)).map(([l]) => l));
  const pageNumber = /^(?:p[aá]g(?:ina)?\.?\s*)?-?\s*\d+\s*-?(?:\s*(?:de|of|\/)\s*\d+)?$/i;
  const lines: string[] = [];
  for (const page of pages) {
    page.forEach((l, i) => {
      const atEdge = i < 2 || i >= page.length - 2;
      if (atEdge && (repeated.has(norm(l.text)) || pageNumber.test(l.text))) return;
      lines.push(l.text);
    });
  }
  let text = '';
  for (const line of lines) {
    // "explota-" at a line end followed by "ción": one word, not two.
    if (/[\p{Ll}]-$/u.test(text) && /^\p{Ll}/u.test(line)) text = `${text.slice(0, -1)}${line}`;
    else text += (text ? '\n' : '') + line;
  }
  return text;
}
