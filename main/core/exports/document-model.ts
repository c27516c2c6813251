/**
 * A briefing as plain blocks, so one document renders to Markdown, HTML (print/PDF) and DOCX alike.
 * Text is never pre-formatted for one output: each renderer escapes for its own format.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'lede' | 'muted' | 'clause' }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'redline'; changes: Array<{ op: 'equal' | 'insert' | 'delete'; text: string; moved?: boolean }> }
  | { kind: 'table'; columns: string[]; rows: string[][]; /** The table a CSV export of this briefing carries. */ primary?: boolean };

export interface BriefingDocument {
  title: string;
  subtitle?: string;
  /** Shown in the header or footer of every page: corpus version and date. */
  footer: string;
  language: 'en' | 'es';
  blocks: Block[];
}

export type ExportFormat = 'md' | 'csv' | 'docx' | 'pdf' | 'html';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};
