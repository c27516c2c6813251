import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { chromiumPdfPrinter, findChromium } from '../../main/core/exports/chromium-pdf-printer';
import { renderCsv } from '../../main/core/exports/render-csv';
import type { WorkbenchCore } from '../../main/core/workbench-core';
import { fixtureWorkbench } from '../support/fixture-workbench';
import { docxText, pdfText } from '../support/read-files';

describe('briefing exports', () => {
  let core: WorkbenchCore;
  beforeAll(() => {
    ({ core } = fixtureWorkbench({ pdfPrinter: chromiumPdfPrinter() }));
  });
  afterAll(() => core.close());

  it('Markdown carries the score, the gap list in severity order with model clauses, and the corpus version', async () => {
    const f = await core.exports.briefing({ kind: 'country', id: 'ATL', format: 'md', language: 'en' });
    const md = f!.bytes.toString('utf8');
    expect(f!.fileName).toMatch(/^palermo-country-ATL-en-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md).toContain('| Overall | 50% |');
    // Fraud absent (mandatory) comes before consent partial (mandatory).
    expect(md.indexOf('1. Fraud')).toBeGreaterThan(0);
    expect(md.indexOf('1. Fraud')).toBeLessThan(md.indexOf('2. Consent irrelevant'));
    expect(md).toContain('> Model clause: By means of fraud.');
    expect(md).toContain(`corpus ${core.corpus.info().version}`);
  });

  it('Spanish briefings use the Spanish digests and labels', async () => {
    const md = (await core.exports.briefing({ kind: 'country', id: 'ATL', format: 'md', language: 'es' }))!.bytes.toString('utf8');
    expect(md).toContain('Brechas, de la más grave a la menos grave');
    expect(md).toContain('Mediante fraude.');
  });

  it('CSV has one row per element and neutralizes formula cells', async () => {
    const csv = (await core.exports.briefing({ kind: 'country', id: 'ATL', format: 'csv', language: 'en' }))!.bytes.toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]).toBe('Element,Obligation,Status,Provisions,Rationale');
    expect(renderCsv(['a'], [['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('DOCX opens and contains the gap list and the model clause', async () => {
    const f = await core.exports.briefing({ kind: 'country', id: 'ATL', format: 'docx', language: 'en' });
    expect(f!.bytes.subarray(0, 2).toString()).toBe('PK');
    const text = await docxText(f!.bytes);
    expect(text).toContain('Gaps, most severe first');
    expect(text).toContain('1. Fraud (def.means.fraud)');
    expect(text).toContain('Model clause: By means of fraud.');
  });

  it('element and group briefings', async () => {
    const el = (await core.exports.briefing({ kind: 'element', id: 'def.consent-irrelevant', format: 'md', language: 'en' }))!.bytes.toString('utf8');
    expect(el).toContain('Summary: 1 partial (1)');
    const grp = (await core.exports.briefing({ kind: 'group', id: 'caricom', format: 'md', language: 'en' }))!.bytes.toString('utf8');
    expect(grp).toContain('Members: ATL');
    expect(await core.exports.briefing({ kind: 'country', id: 'ZZZ', format: 'md', language: 'en' })).toBeNull();
  });

  it('the matrix exports as CSV', () => {
    const csv = core.exports.matrixCsv({ sort: 'score' });
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe('ATL,Atlantis (fixture),50,0,full,absent,partial');
  });

  it.skipIf(!findChromium())('PDF prints through Chromium with the text, page numbers and corpus version', async () => {
    const f = await core.exports.briefing({ kind: 'country', id: 'ATL', format: 'pdf', language: 'en' });
    expect(f!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(f!.bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    // pdf.js splits runs at ligatures and kerning: compare without white space.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('Gaps,mostseverefirst');
    expect(flat).toContain(core.corpus.info().version);
    expect(flat).toMatch(/1\/\d/);
  }, 60_000);

  it('says plainly when PDF cannot be printed', async () => {
    const { core: noPdf } = fixtureWorkbench();
    await expect(noPdf.exports.briefing({ kind: 'country', id: 'ATL', format: 'pdf', language: 'en' })).rejects.toThrow(/needs Chromium/);
    noPdf.close();
    expect(existsSync('/nonexistent')).toBe(false);
  });
});
