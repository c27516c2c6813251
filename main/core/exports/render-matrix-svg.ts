import type { Matrix } from '../gaps/matrix';

const FILL: Record<string, string> = { F: '#2e7d46', P: '#e0b32a', A: '#c0392b', N: '#9aa3ad', U: '#7e6bb5' };
const GLYPH: Record<string, string> = { F: '●', P: '◐', A: '○', N: '–', U: '?' };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The matrix as an SVG picture for slides and reports; each cell carries a glyph too, not colour alone. */
export function renderMatrixSvg(m: Matrix, language: 'en' | 'es' = 'en'): string {
  const cell = 12;
  const left = 170;
  const top = 140;
  const width = left + m.columns.length * cell + 10;
  const height = top + m.rows.length * cell + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
  ];
  m.columns.forEach((c, i) => {
    const x = left + i * cell + cell - 3;
    parts.push(`<text x="${x}" y="${top - 4}" font-size="8" transform="rotate(-90 ${x} ${top - 4})">${esc(c.label[language])}</text>`);
  });
  m.rows.forEach((r, j) => {
    const y = top + j * cell;
    parts.push(`<text x="${left - 4}" y="${y + cell - 3}" font-size="9" text-anchor="end">${esc(r.name[language])} ${r.score.percent ?? '—'}%</text>`);
    [...r.cells].forEach((s, i) => {
      const x = left + i * cell;
      parts.push(`<rect x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${FILL[s]}"><title>${esc(r.code)} ${esc(m.columns[i].id)}: ${s}</title></rect>`);
      parts.push(`<text x="${x + cell / 2 - 0.5}" y="${y + cell - 3}" font-size="8" fill="#fff" text-anchor="middle">${GLYPH[s]}</text>`);
    });
  });
  const legendY = top + m.rows.length * cell + 24;
  Object.entries({ F: 'full', P: 'partial', A: 'absent', N: 'not applicable', U: 'not assessed' }).forEach(([k, label], i) => {
    const x = left + i * 90;
    parts.push(`<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${FILL[k]}"/><text x="${x + 14}" y="${legendY}" font-size="9">${GLYPH[k]} ${label}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
