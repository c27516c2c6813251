import { convert } from 'html-to-text';
import mammoth from 'mammoth';
import { decodeText } from './decode-text';
import { extractAkomaNtoso } from './extract-akoma-ntoso';
import { cleanPdfText, extractPdfLines } from './extract-pdf';
import type { FileKind } from './file-kind';
import { ImportRefused } from './import-errors';
import type { SegmentedArticle } from './segment-articles';

export type Extracted = { kind: 'text'; text: string } | { kind: 'articles'; articles: SegmentedArticle[] };

function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}

/** Markdown to plain text: drop the marks, keep the words and the line structure. */
function markdownToText(md: string): string {
  return md
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/^>\s?/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Reads the text out of a file the user supplied, in the format detected. */
export async function extractText(kind: FileKind, bytes: Buffer, name: string): Promise<Extracted> {
  switch (kind) {
    case 'txt':
      return { kind: 'text', text: decodeText(bytes) };
    case 'md':
      return { kind: 'text', text: markdownToText(decodeText(bytes)) };
    case 'html':
      return { kind: 'text', text: htmlToText(decodeText(bytes)) };
    case 'akn':
      return { kind: 'articles', articles: extractAkomaNtoso(decodeText(bytes), name) };
    case 'pdf':
      return { kind: 'text', text: cleanPdfText(await extractPdfLines(bytes, name)) };
    case 'docx': {
      try {
        const r = await mammoth.extractRawText({ buffer: bytes });
        return { kind: 'text', text: r.value };
      } catch (e) {
        const msg = String((e as Error).message ?? e);
        if (/encrypt|password/i.test(msg) || bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new ImportRefused(`${name} is password-protected. Remove the password in Word and import it again.`);
        throw new ImportRefused(`${name} could not be read as a Word document: it may be damaged (${msg.split('\n')[0]}).`);
      }
    }
  }
}
