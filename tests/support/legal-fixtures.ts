import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chromiumPdfPrinter } from '../../main/core/exports/chromium-pdf-printer';

/**
 * A fictional law of the fixture state (Atlantis), written for these tests: an own article, an
 * amending article quoting new text for Law 1, art. 2, and protective articles. Not any real statute.
 */
export const ATLANTIS_LAW = `LEY 7 DE REFORMA EN MATERIA DE TRATA
Artículo 1.- Objeto. Esta ley refuerza la persecución de la trata de personas y la asistencia a las víctimas.
Artículo 2.- Sustitúyese el artículo 2 de la Ley 1 por el siguiente:
"Artículo 2.- Quien capte, traslade, acoja o reciba a una persona con fines de explotación sexual o laboral será sancionado con prisión de seis a doce años. El consentimiento de la víctima no excluye la responsabilidad penal."
Artículo 3.- Asistencia. Las víctimas recibirán alojamiento seguro, atención médica y psicológica gratuita y asistencia jurídica gratuita, sin condicionarla a su colaboración con la investigación.
Artículo 4 bis.- Vigencia. Esta ley entra en vigor al día siguiente de su publicación.`;

export async function makeDocx(text = ATLANTIS_LAW): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.toBuffer(doc);
}

/**
 * A gazette-like PDF: several pages, a running header, page numbers, and a word hyphenated across a
 * line end, so the importer's clean-up is exercised. Printed by Chromium from HTML.
 */
export async function makePdf(text = ATLANTIS_LAW): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = text
    .split('\n')
    .map((l) => `<p>${esc(l).replace('explotación', 'explota-<br>ción')}</p>`)
    .join('\n');
  const filler = Array.from({ length: 60 }, (_, i) => `<p>Considerando ${i + 1}: texto de relleno para ocupar varias páginas del diario.</p>`).join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>body{font:12pt serif} p{margin:0 0 6pt}</style></head><body>${filler}${paragraphs}</body></html>`;
  return chromiumPdfPrinter()(html, {
    headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">DIARIO OFICIAL DE ATLANTIDA</div>',
    footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
  });
}
