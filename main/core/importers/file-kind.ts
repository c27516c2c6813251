import { extname } from 'node:path';
import { ImportRefused } from './import-errors';

export type FileKind = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'akn';

/** Larger files are refused before parsing: no statute the workbench imports comes near this. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const BY_EXTENSION: Record<string, FileKind> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.pdf': 'pdf', '.xml': 'akn' };

/** Tells what a file is from its name and its first bytes, refusing what the importer cannot read. */
export function detectFileKind(name: string, bytes: Buffer): FileKind {
  const ext = extname(name).toLowerCase();
  const kind = BY_EXTENSION[ext];
  if (!kind) throw new ImportRefused(`"${ext || name}" files cannot be imported. Use .txt, .md, .html, .docx, .pdf or Akoma Ntoso .xml.`);
  if (bytes.length === 0) throw new ImportRefused(`${name} is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportRefused(`${name} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the importer takes files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split the document or import the relevant part.`);
  const head = bytes.subarray(0, 8).toString('latin1');
  if (kind === 'pdf' && !head.startsWith('%PDF-')) throw new ImportRefused(`${name} is named .pdf but is not a PDF file.`);
  // An encrypted Word file is an OLE container holding an "EncryptedPackage" stream, not a ZIP.
  if (kind === 'docx' && bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])) && bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new ImportRefused(`${name} is password-protected. Remove the password in Word and import it again.`);
  }
  if (kind === 'docx' && !head.startsWith('PK')) throw new ImportRefused(`${name} is named .docx but is not a Word document (it may be an old .doc file: save it as .docx).`);
  if ((kind === 'txt' || kind === 'md' || kind === 'html' || kind === 'akn') && looksBinary(bytes)) throw new ImportRefused(`${name} does not contain text: it looks like a binary file.`);
  return kind;
}

/** Text has few control characters; binary noise has many. */
export function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32)) control++;
  return control / Math.max(1, sample.length) > 0.02;
}
