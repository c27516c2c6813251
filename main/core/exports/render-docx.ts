import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import type { BriefingDocument } from './document-model';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

type Run = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Splits redline runs at line breaks into paragraphs, keeping each run's mark. */
function splitParagraphs(changes: readonly Run[]): Run[][] {
  const paras: Run[][] = [[]];
  for (const c of changes) {
    c.text.split(/\r?\n/).forEach((piece, i) => {
      if (i > 0) paras.push([]);
      if (piece) paras[paras.length - 1].push({ op: c.op, text: piece });
    });
  }
  return paras;
}

/** The briefing as a Word document: headings, tables, numbered gap list, page numbers in the footer. */
export async function renderDocx(doc: BriefingDocument): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  if (doc.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })] }));
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level] }));
    else if (b.kind === 'paragraph')
      children.push(
        new Paragraph({
          children: [new TextRun({ text: b.text, italics: b.style === 'muted', color: b.style === 'muted' ? '555555' : undefined })],
          indent: b.style === 'clause' ? { left: 360 } : undefined,
          border: b.style === 'clause' ? { left: { style: BorderStyle.SINGLE, size: 12, color: '0B5394', space: 8 } } : undefined,
        }),
      );
    else if (b.kind === 'redline')
      for (const para of splitParagraphs(b.changes))
        children.push(
          new Paragraph({
            children: para.map(
              (c) =>
                new TextRun({
                  text: c.text,
                  underline: c.op === 'insert' ? {} : undefined,
                  strike: c.op === 'delete',
                  color: c.op === 'insert' ? '14532D' : c.op === 'delete' ? '8A1C1C' : undefined,
                }),
            ),
          }),
        );
    else if (b.kind === 'list') b.items.forEach((item, i) => children.push(new Paragraph({ text: b.ordered ? `${i + 1}. ${item}` : item, bullet: b.ordered ? undefined : { level: 0 } })));
    else
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.columns.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: true })] })] })) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
          ],
        }),
      );
  }
  const document = new Document({
    creator: 'Palermo Workbench',
    title: doc.title,
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: doc.title, size: 16, color: '555555' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${doc.footer} · `, size: 16, color: '555555' }), new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '555555' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
