import type { BriefingDocument } from './document-model';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(doc: BriefingDocument): string {
  const out: string[] = [`# ${doc.title}`];
  if (doc.subtitle) out.push('', `_${doc.subtitle}_`);
  for (const b of doc.blocks) {
    out.push('');
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${b.text}`);
    else if (b.kind === 'paragraph') out.push(b.style === 'clause' ? b.text.split('\n').map((l) => `> ${l}`).join('\n') : b.text);
    else if (b.kind === 'redline') out.push(b.changes.map((c) => (c.op === 'equal' ? c.text : c.op === 'insert' ? `<ins>${c.text}</ins>` : `<del>${c.text}</del>`)).join(''));
    else if (b.kind === 'list') out.push(...b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`));
    else {
      out.push(`| ${b.columns.map(escapeCell).join(' | ')} |`, `|${b.columns.map(() => ' --- ').join('|')}|`);
      for (const r of b.rows) out.push(`| ${r.map(escapeCell).join(' | ')} |`);
    }
  }
  out.push('', '---', doc.footer, '');
  return out.join('\n');
}
