import { XMLParser } from 'fast-xml-parser';
import { ImportRefused } from './import-errors';
import type { SegmentedArticle } from './segment-articles';

type Node = Record<string, unknown>;

/** All text inside an XML node, in document order. */
function textOf(node: unknown): string {
  if (node === null || node === undefined) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (typeof node === 'object') {
    return Object.entries(node as Node)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([k, v]) => (k === 'num' || k === 'heading' ? '' : textOf(v)))
      .join(k2Sep(node as Node));
  }
  return '';
}
const k2Sep = (n: Node) => ('p' in n || 'paragraph' in n || 'subsection' in n ? '\n' : ' ');

function collectArticles(node: unknown, out: Node[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectArticles(n, out);
    return;
  }
  for (const [k, v] of Object.entries(node as Node)) {
    if (k === 'article' || k === 'section') for (const a of Array.isArray(v) ? v : [v]) out.push(a as Node);
    else if (!k.startsWith('@_')) collectArticles(v, out);
  }
}

/** Akoma Ntoso XML: articles (or sections) come already marked up with their number and heading. */
export function extractAkomaNtoso(xml: string, name: string): SegmentedArticle[] {
  let doc: unknown;
  try {
    doc = new XMLParser({ ignoreAttributes: false, trimValues: true, processEntities: true, htmlEntities: false }).parse(xml, true);
  } catch (e) {
    throw new ImportRefused(`${name} is not well-formed XML (${(e as Error).message.split('\n')[0]}).`);
  }
  if (!doc || typeof doc !== 'object' || !('akomaNtoso' in (doc as Node))) throw new ImportRefused(`${name} is XML but not Akoma Ntoso (no <akomaNtoso> root element).`);
  const articles: Node[] = [];
  collectArticles((doc as Node).akomaNtoso, articles);
  return articles.map((a) => {
    const num = textOf(a.num).trim();
    const number = num.replace(/^(art[\p{L}]*\.?|section|§)\s*/iu, '').replace(/[.\-–:°º]+$/u, '').trim();
    return { label: num || `Art. ${number}`, number: number.toLowerCase(), heading: textOf(a.heading).trim() || null, text: textOf(a).replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim(), amends: null };
  });
}
