import type { BriefingDocument } from './document-model';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PRINT_CSS = `
@page { size: A4; margin: 22mm 18mm 20mm; }
body { font: 10.5pt/1.45 Charter, 'Noto Serif', Georgia, serif; color: #111; margin: 0; }
h1 { font: 600 18pt system-ui, sans-serif; margin: 0 0 4pt; }
h2 { font: 600 13pt system-ui, sans-serif; margin: 16pt 0 6pt; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font: 600 11pt system-ui, sans-serif; margin: 10pt 0 4pt; break-after: avoid; }
.subtitle, .muted { color: #444; }
.lede { font-size: 11pt; }
blockquote { margin: 4pt 0 8pt; padding-left: 8pt; border-left: 3px solid #0b5394; }
table { border-collapse: collapse; width: 100%; font: 9pt system-ui, sans-serif; margin: 6pt 0; }
th, td { border: 1px solid #bbb; padding: 3pt 4pt; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
ins { text-decoration: underline; color: #14532d; background: #e3f5e8; }
del { text-decoration: line-through; color: #8a1c1c; background: #fde8e7; }
ins.moved, del.moved { color: #45327a; background: #ece8f8; }
.redline { white-space: pre-wrap; }
footer { margin-top: 16pt; font: 8pt system-ui, sans-serif; color: #555; }
`;

/** The print layout of a briefing: the same HTML Chromium prints in preview and Electron prints to PDF. */
export function renderHtml(doc: BriefingDocument): string {
  const body = doc.blocks
    .map((b) => {
      if (b.kind === 'heading') return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
      if (b.kind === 'paragraph') return b.style === 'clause' ? `<blockquote>${esc(b.text)}</blockquote>` : `<p class="${b.style ?? ''}">${esc(b.text)}</p>`;
      if (b.kind === 'redline')
        return `<p class="redline">${b.changes.map((c) => (c.op === 'equal' ? esc(c.text) : `<${c.op === 'insert' ? 'ins' : 'del'}${c.moved ? ' class="moved"' : ''}>${esc(c.text)}</${c.op === 'insert' ? 'ins' : 'del'}>`)).join('')}</p>`;
      if (b.kind === 'list') return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
      return `<table><thead><tr>${b.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html><html lang="${doc.language}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${esc(doc.title)}</title><style>${PRINT_CSS}</style></head><body><h1>${esc(doc.title)}</h1>${doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : ''}\n${body}\n<footer>${esc(doc.footer)}</footer></body></html>`;
}

/** Header and footer of every printed page (Chromium and Electron fill in the page numbers). */
export function printHeaderFooter(doc: BriefingDocument): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-size:8px;width:100%;padding:0 18mm;color:#555;font-family:sans-serif;display:flex;justify-content:space-between';
  return {
    headerTemplate: `<div style="${style}"><span>${esc(doc.title)}</span><span>Palermo Workbench</span></div>`,
    footerTemplate: `<div style="${style}"><span>${esc(doc.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
