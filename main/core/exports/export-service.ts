import type { CorpusRepository } from '../corpus/corpus-repository';
import type { GapService } from '../gaps/gap-service';
import { countryBriefing, elementBriefing, groupBriefing } from './briefings';
import type { CompareResult } from '../compare/compare-types';
import { comparisonDocument } from './comparison-document';
import { MIME, type BriefingDocument, type ExportedFile, type ExportFormat } from './document-model';
import type { PdfPrinter } from './pdf-printer';
import { renderCsv } from './render-csv';
import { renderDocx } from './render-docx';
import { printHeaderFooter, renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

export interface BriefingRequest {
  kind: 'country' | 'element' | 'group';
  id: string;
  format: ExportFormat;
  language: 'en' | 'es';
  profile?: string;
}

export class ExportUnavailableError extends Error {}

/** Builds briefings in the core, so the desktop app, the preview server and the CLI export the same files. */
export class ExportService {
  constructor(
    private readonly corpus: CorpusRepository,
    private readonly gaps: GapService,
    private readonly printPdf: PdfPrinter | null,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  document(req: Omit<BriefingRequest, 'format'>): BriefingDocument | null {
    const today = this.today();
    if (req.kind === 'country') return countryBriefing(this.corpus, this.gaps, req.id, req.language, today, req.profile);
    if (req.kind === 'element') return elementBriefing(this.corpus, this.gaps, req.id, req.language, today);
    return groupBriefing(this.corpus, this.gaps, req.id, req.language, today);
  }

  /** Returns null when the country, element or group does not exist. */
  async briefing(req: BriefingRequest): Promise<ExportedFile | null> {
    const doc = this.document(req);
    if (!doc) return null;
    const base = `palermo-${req.kind}-${req.id.replace(/[^A-Za-z0-9.-]+/g, '_')}-${req.language}-${this.today()}`;
    return { fileName: `${base}.${req.format}`, mimeType: MIME[req.format], bytes: await this.render(doc, req.format) };
  }

  /** A comparison with its redline preserved: insertions underlined, deletions struck through. */
  async comparison(result: CompareResult, format: Exclude<ExportFormat, 'csv'>, language: 'en' | 'es', kind: 'comparison' | 'comparative-print' = 'comparison'): Promise<ExportedFile> {
    const doc = comparisonDocument(result, language, `Palermo Workbench · corpus ${this.corpus.info().version} · ${this.today()}`, kind);
    return { fileName: `palermo-${kind}-${this.today()}.${format}`, mimeType: MIME[format], bytes: await this.render(doc, format) };
  }

  private async render(doc: BriefingDocument, format: ExportFormat): Promise<Buffer> {
    switch (format) {
      case 'md':
        return Buffer.from(renderMarkdown(doc), 'utf8');
      case 'html':
        return Buffer.from(renderHtml(doc), 'utf8');
      case 'csv': {
        const table = doc.blocks.find((b) => b.kind === 'table' && b.primary);
        if (!table || table.kind !== 'table') return Buffer.from(renderCsv([], []), 'utf8');
        return Buffer.from(renderCsv(table.columns, table.rows), 'utf8');
      }
      case 'docx':
        return renderDocx(doc);
      case 'pdf':
        if (!this.printPdf) throw new ExportUnavailableError('PDF export needs Chromium, which was not found on this machine. Export to DOCX or Markdown instead.');
        return this.printPdf(renderHtml(doc), printHeaderFooter(doc));
    }
  }

  /** The matrix as CSV: one row per state, one column per element (statuses as words). */
  matrixCsv(opts: Parameters<GapService['matrix']>[0]): string {
    const m = this.gaps.matrix(opts);
    const words: Record<string, string> = { F: 'full', P: 'partial', A: 'absent', N: 'not-applicable', U: 'not-assessed' };
    return renderCsv(
      ['code', 'name', 'score_percent', 'not_assessed', ...m.columns.map((c) => c.id)],
      m.rows.map((r) => [r.code, r.name[opts.language ?? 'en'], r.score.percent, r.score.notAssessed, ...[...r.cells].map((c) => words[c])]),
    );
  }
}
