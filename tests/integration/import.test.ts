import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, findChromium } from '../../main/core/exports/chromium-pdf-printer';
import type { WorkbenchCore } from '../../main/core/workbench-core';
import { fixtureWorkbench } from '../support/fixture-workbench';
import { ATLANTIS_LAW, makeDocx, makePdf } from '../support/legal-fixtures';
import { tempDir } from '../support/temp-dir';
import { palermo } from '../support/cli';

const input = (name: string, bytes: Buffer | string, instrument: string | null = null) => ({ name, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), country: 'ATL', instrument });
const count = (core: WorkbenchCore) => core.userDb.prepare('SELECT (SELECT COUNT(*) FROM imported_files) + (SELECT COUNT(*) FROM official_texts)').pluck().get() as number;

describe('official-text import', () => {
  let core: WorkbenchCore;
  let corpusDir: string;
  beforeAll(() => {
    ({ core, corpusDir } = fixtureWorkbench({ pdfPrinter: chromiumPdfPrinter() }));
  });
  afterAll(() => core.close());

  it('segments a text, recognizes the amending article and aligns the quoted one', async () => {
    const p = await core.imports.prepare(input('ley-7.txt', ATLANTIS_LAW));
    expect(p.articles.map((a) => [a.number, a.amends?.instrument ?? null, a.proposedProvision])).toEqual([
      ['1', null, null],
      ['2', null, null],
      ['2', 'ATL/ley-1', 'ATL/ley-1/2'],
      ['3', null, null],
      ['4 bis', null, null],
    ]);
    expect(p.articles[0].heading).toBe('Objeto');
    const quoted = p.articles[2];
    expect(quoted.text).toMatch(/^Quien capte/);
    const suggested = quoted.suggestions.map((s) => s.element);
    expect(suggested).toContain('def.consent-irrelevant');
    expect(quoted.suggestions.find((s) => s.element === 'def.consent-irrelevant')!.evidence.join(' ')).toMatch(/consentimiento/i);
  });

  it('reads the same law from Markdown, HTML and Akoma Ntoso', async () => {
    const md = await core.imports.prepare(input('ley.md', `# Ley 7\n\n**Artículo 1.-** Objeto. Texto uno.\n\n**Artículo 3.-** Asistencia. Texto tres.`));
    expect(md.articles.map((a) => a.number)).toEqual(['1', '3']);
    const html = await core.imports.prepare(input('ley.html', '<html><body><nav>Menú</nav><h2>Artículo 1.- Objeto</h2><p>Texto <b>uno</b>.</p><h2>Artículo 3.- Asistencia</h2><p>Texto tres.</p></body></html>'));
    expect(html.articles.map((a) => [a.number, a.heading])).toEqual([['1', 'Objeto'], ['3', 'Asistencia']]);
    const akn = `<?xml version="1.0"?><akomaNtoso><act><body><article eId="art_1"><num>Artículo 1</num><heading>Objeto</heading><content><p>Texto uno.</p></content></article><article eId="art_2"><num>Artículo 2</num><content><p>Quien capte a una persona con fines de explotación será sancionado.</p></content></article></body></act></akomaNtoso>`;
    const a = await core.imports.prepare(input('ley.xml', akn, 'ATL/ley-1'));
    expect(a.articles.map((x) => [x.label, x.number, x.heading, x.proposedProvision])).toEqual([['Artículo 1', '1', 'Objeto', null], ['Artículo 2', '2', null, 'ATL/ley-1/2']]);
  });

  it('reads a DOCX', async () => {
    const p = await core.imports.prepare(input('ley-7.docx', await makeDocx()));
    expect(p.kind).toBe('docx');
    expect(p.articles.map((a) => a.number)).toEqual(['1', '2', '2', '3', '4 bis']);
  });

  it.skipIf(!findChromium())('reads a PDF, removing running headers, page numbers and hyphenation', async () => {
    const p = await core.imports.prepare(input('ley-7.pdf', await makePdf()));
    const all = p.articles.map((a) => a.text).join('\n');
    expect(p.articles.map((a) => a.number)).toEqual(['1', '2', '2', '3', '4 bis']);
    expect(all).not.toContain('DIARIO OFICIAL');
    expect(all).toContain('explotación');
    expect(all).not.toMatch(/explota-/);
  }, 60_000);

  it('saves a confirmed import in one transaction, keeping the original file', async () => {
    const bytes = Buffer.from(ATLANTIS_LAW, 'utf8');
    const preview = await core.imports.preview(input('ley-7.txt', bytes));
    const decisions = preview.articles.map((a) => ({ index: a.index, provisionKey: a.proposedProvision, acceptedElements: a.index === 2 ? ['def.consent-irrelevant'] : [], skip: a.number === '4 bis' }));
    const r = core.imports.commit(preview.previewId, decisions);
    expect(r.saved).toBe(4);
    const texts = core.officialTexts.forProvision('ATL/ley-1/2');
    expect(texts[0]).toMatchObject({ fileName: 'ley-7.txt', elements: ['def.consent-irrelevant'], amends: { instrument: 'ATL/ley-1', article: '2' } });
    expect(core.officialTexts.original(r.fileId)!.bytes.equals(bytes)).toBe(true);
    expect(core.officialTexts.files()[0]).toMatchObject({ name: 'ley-7.txt', size: bytes.length, articles: 4, aligned: 1 });
    expect(() => core.imports.commit(preview.previewId, decisions)).toThrow(/expired or was already saved/);
  });

  it('makes the official text searchable and comparable', async () => {
    const hits = core.search.search({ q: 'capte', sources: ['official'] });
    expect(hits.groups[0].instruments[0].hits[0]).toMatchObject({ key: 'ATL/ley-1/2', source: 'official' });
    expect(hits.groups[0].instruments[0].hits[0].snippet.highlights.length).toBeGreaterThan(0);
    const c = core.compare.compare({ left: { kind: 'official', key: 'ATL/ley-1/2' }, right: { kind: 'provision', key: 'ATL/ley-1/2', lang: 'es' } });
    expect(c.left.source).toBe('official-text');
    expect(c.left.text).toMatch(/^Quien capte/);
  });

  it('leaves the database as it was when saving fails part way', async () => {
    const before = count(core);
    const preview = await core.imports.preview(input('ley-8.txt', ATLANTIS_LAW));
    // A real SQLite failure in the middle of the transaction: the third article cannot be written.
    core.userDb.exec("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON official_texts WHEN NEW.seq = 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    try {
      expect(() => core.imports.commit(preview.previewId, preview.articles.map((a) => ({ index: a.index, provisionKey: null, acceptedElements: [] })))).toThrow(/disk full/);
    } finally {
      core.userDb.exec('DROP TRIGGER fail_third');
    }
    expect(count(core)).toBe(before);
  });

  const refused: Array<[string, string, () => Buffer | Promise<Buffer>, RegExp]> = [
    ['an empty file', 'ley.txt', () => Buffer.alloc(0), /is empty/],
    ['a wrong extension', 'ley.exe', () => Buffer.from('Artículo 1. x'), /"\.exe" files cannot be imported/],
    ['binary noise', 'ley.txt', () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), /does not contain text/],
    ['a PDF that is not one', 'ley.pdf', () => Buffer.from('hello'), /is not a PDF file/],
    ['a corrupt PDF', 'ley.pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]), /could not be read as a PDF/],
    ['a corrupt DOCX', 'ley.docx', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 1)]), /could not be read as a Word document/],
    ['a password-protected DOCX', 'ley.docx', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]), /password-protected/],
    ['an old .doc named .docx', 'ley.docx', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), /old \.doc file/],
    ['a 50 MB file', 'ley.txt', () => Buffer.alloc(50 * 1024 * 1024, 'a'), /50\.0 MB; the importer takes files up to 25 MB/],
    ['a text with no recognizable articles', 'carta.txt', () => Buffer.from('Estimada señora:\nLe escribo para informarle de la reunión.\nAtentamente.'), /No articles or sections could be recognized/],
    ['a scanned PDF with no text layer', 'scan.pdf', () => chromiumPdfPrinter()('<html><body><svg width="400" height="400"><rect width="300" height="300" fill="black"/></svg></body></html>', { headerTemplate: '<span></span>', footerTemplate: '<span></span>' }), /no text layer: it seems to be scanned images/],
  ];
  for (const [what, name, bytes, message] of refused) {
    it(`refuses ${what} with a specific message and changes nothing`, async () => {
      if (what.includes('scanned') && !findChromium()) return;
      const before = count(core);
      await expect(core.imports.preview(input(name, await bytes()))).rejects.toThrow(message);
      expect(count(core)).toBe(before);
    }, 60_000);
  }

  it('the CLI imports with --dry-run --json in the contract shape', () => {
    const dir = tempDir();
    const file = join(dir, 'ley-7.txt');
    writeFileSync(file, ATLANTIS_LAW);
    const r = palermo(['import', file, '--country', 'ATL', '--dry-run', '--json', '--corpus-dir', corpusDir, '--data-dir', dir]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.saved).toBeNull();
    expect(out.articles[2]).toMatchObject({ label: 'Artículo 2', number: '2', amends: { instrument: 'ATL/ley-1', article: '2' } });
    for (const a of out.articles) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['label', 'number', 'heading', 'text', 'amends', 'suggestions']));
      for (const s of a.suggestions) expect(Object.keys(s).sort()).toEqual(['confidence', 'element', 'evidence']);
    }
    const saved = JSON.parse(palermo(['import', file, '--country', 'ATL', '--json', '--corpus-dir', corpusDir, '--data-dir', dir]).stdout);
    expect(saved.saved.saved).toBe(5);
    expect(palermo(['import', join(dir, 'missing.txt'), '--country', 'ATL', '--corpus-dir', corpusDir, '--data-dir', dir]).code).toBe(2);
    expect(palermo(['import', file, '--country', 'ZZZ', '--corpus-dir', corpusDir, '--data-dir', dir]).code).toBe(2);
  });
});
