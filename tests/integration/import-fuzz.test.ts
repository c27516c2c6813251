import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/importers/extract-text';
import { detectFileKind, type FileKind } from '../../main/core/importers/file-kind';
import { findAmendments } from '../../main/core/importers/find-amendments';
import { ImportRefused } from '../../main/core/importers/import-errors';
import { segmentArticles } from '../../main/core/importers/segment-articles';
import { seededRandom } from '../bench/synthetic-corpus';
import { ATLANTIS_LAW, makeDocx } from '../support/legal-fixtures';

const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 20_000);
const CASE_TIMEOUT_MS = 10_000;

function mutate(bytes: Buffer, rand: () => number): Buffer {
  const out = Buffer.from(bytes);
  const edits = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * Math.max(1, out.length));
    const op = rand();
    if (op < 0.5) out[at] = Math.floor(rand() * 256);
    else if (op < 0.75) out.fill(0, at, Math.min(out.length, at + Math.floor(rand() * 64)));
    else out.copyWithin(at, Math.floor(rand() * out.length));
  }
  return rand() < 0.2 ? out.subarray(0, Math.floor(rand() * out.length)) : out;
}

/** One parse, which must end (within the time limit) in a result or a specific refusal, never anything else. */
async function parseOnce(kind: FileKind, name: string, bytes: Buffer): Promise<'ok' | 'refused'> {
  const work = (async () => {
    try {
      detectFileKind(name, bytes);
      const x = await extractText(kind, bytes, name);
      if (x.kind === 'text') findAmendments(segmentArticles(x.text), [{ key: 'ATL/ley-1', title: 'Ley 1', number: '1', type: 'statute' }]);
      return 'ok' as const;
    } catch (e) {
      if (e instanceof ImportRefused) return 'refused' as const;
      throw new Error(`${kind} input (${bytes.length} bytes) raised ${(e as Error).name}: ${(e as Error).message}`);
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${kind} input (${bytes.length} bytes) hung for ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('import fuzzing', () => {
  it(`feeds random and mutated inputs to every parser and the segmenter for ${BUDGET_MS / 1000} s`, async () => {
    const rand = seededRandom(Number(process.env.FUZZ_SEED ?? 20261123));
    const seeds: Array<[FileKind, string, Buffer]> = [
      ['txt', 'x.txt', Buffer.from(ATLANTIS_LAW)],
      ['md', 'x.md', Buffer.from(`# Ley\n\n**Artículo 1.-** ${ATLANTIS_LAW}`)],
      ['html', 'x.html', Buffer.from(`<html><body><h2>Artículo 1</h2><p>${ATLANTIS_LAW.replace(/\n/g, '</p><p>')}</p></body></html>`)],
      ['akn', 'x.xml', Buffer.from('<?xml version="1.0"?><akomaNtoso><act><body><article><num>Art. 1</num><content><p>Texto.</p></content></article></body></act></akomaNtoso>')],
      ['docx', 'x.docx', await makeDocx()],
      ['pdf', 'x.pdf', Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF')],
    ];
    const start = Date.now();
    const tally = { cases: 0, ok: 0, refused: 0 };
    while (Date.now() - start < BUDGET_MS) {
      const [kind, name, seed] = seeds[tally.cases % seeds.length];
      const r = rand();
      const bytes = r < 0.15 ? Buffer.from(Array.from({ length: Math.floor(rand() * 5000) }, () => Math.floor(rand() * 256))) : mutate(seed, rand);
      tally[await parseOnce(kind, name, bytes)]++;
      tally.cases++;
    }
    // Text-only fuzzing of the segmenter with hostile line structures.
    for (let i = 0; i < 300; i++) {
      const parts = ['Artículo', 'Art.', '§', 'Section', '5.', '(1)', '"', '“', '»', '«', 'bis', '\n', ' ', 'primero', '149-A', 'Sustitúyese', ':', '—', 'x'.repeat(Math.floor(rand() * 50))];
      const text = Array.from({ length: 200 }, () => parts[Math.floor(rand() * parts.length)]).join(rand() < 0.5 ? ' ' : '');
      try {
        findAmendments(segmentArticles(text), []);
      } catch (e) {
        if (!(e instanceof ImportRefused)) throw e;
      }
    }
    expect(tally.cases).toBeGreaterThan(50);
    console.log(`import fuzz: ${tally.cases} inputs, ${tally.ok} parsed, ${tally.refused} refused with a message, 0 crashes`);
  }, BUDGET_MS + 60_000);
});
