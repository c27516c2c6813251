import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBundle, buildBundle, planImport, readBundle } from '../../main/core/drafts/position-bundle';
import { PROJECT_ROOT } from '../../main/core/paths/project-paths';
import { listBackups } from '../../main/core/userdata/backups';
import { openUserDbSafely, USER_DB_FILE } from '../../main/core/userdata/user-db';
import { openWorkbench, type WorkbenchCore } from '../../main/core/workbench-core';
import { tempDir } from '../support/temp-dir';
import { fixtureWorkbench } from '../support/fixture-workbench';

describe('drafting workspace', () => {
  let core: WorkbenchCore;
  let corpusDir: string;
  beforeAll(() => {
    ({ core, corpusDir } = fixtureWorkbench());
  });
  afterAll(() => core.close());

  it('creates a draft from a model clause; every save is a version; restore adds a version', () => {
    const d = core.drafting.create({ title: 'Consent clause', jurisdiction: 'ATL', amends: 'ATL/ley-1/2', startFrom: { kind: 'model', element: 'def.consent-irrelevant', lang: 'es' } });
    expect(d.text).toBe('El consentimiento de la víctima no exime de responsabilidad.');
    core.drafts.save(d.id, `${d.text} Artículo nuevo.`, 'save', 1);
    core.drafts.save(d.id, `${d.text} Artículo nuevo. Más.`, 'autosave', 2);
    expect(core.drafts.versions(d.id).map((v) => [v.seq, v.kind])).toEqual([[3, 'autosave'], [2, 'save'], [1, 'created']]);
    const restored = core.drafts.restore(d.id, 1);
    expect(restored).toMatchObject({ version: 4, text: d.text });
    expect(() => core.drafts.save(d.id, 'stale copy', 'save', 2)).toThrow(/changed elsewhere/);
  });

  it('prints the draft against the text it amends, and what-if closes the accepted gaps', () => {
    const d = core.drafting.create({ title: 'Fraud', jurisdiction: 'ATL', amends: 'ATL/ley-1/2', startFrom: { kind: 'digest', key: 'ATL/ley-1/2', lang: 'es' } });
    core.drafts.save(d.id, `${d.text} Se castiga también el empleo de fraude y el consentimiento de la víctima no exime.`, 'save');
    const print = core.drafting.comparativePrint(d.id, { kind: 'amended', lang: 'es' });
    expect(print.changes.some((c) => c.op === 'insert' && /fraude/.test(c.text))).toBe(true);
    const suggestions = core.drafting.suggest(d.id).map((s) => s.element);
    expect(suggestions).toContain('def.means.fraud');
    const before = core.drafting.whatIf(d.id);
    expect(before.closed).toEqual([]);
    core.drafts.update(d.id, { acceptedElements: ['def.means.fraud', 'def.consent-irrelevant'] });
    const after = core.drafting.whatIf(d.id);
    expect(after.closed).toEqual([{ element: 'def.means.fraud', from: 'absent' }, { element: 'def.consent-irrelevant', from: 'partial' }]);
    expect(after.before.percent).toBe(50);
    expect(after.after.percent).toBe(100);
    expect(after.remaining).toEqual([]);
  });

  it('keeps notes on anything, with tags and search', () => {
    core.notes.add({ targetKind: 'state', targetId: 'ATL', body: 'Position for the SICA round: support harmonized penalties.', tags: ['sica', 'penalties'] });
    core.notes.add({ targetKind: 'element', targetId: 'def.consent-irrelevant', body: 'Ask about consent wording.', tags: ['consent'] });
    expect(core.notes.search({ text: 'penalties sica' }).map((n) => n.targetId)).toEqual(['ATL']);
    expect(core.notes.search({ tag: 'consent' })).toHaveLength(1);
    expect(core.notes.tags()).toEqual(['consent', 'penalties', 'sica']);
  });

  it('exports a position bundle and imports it into a fresh data directory intact', () => {
    const drafts = core.drafts.list();
    const notes = core.notes.search({});
    const bundle = buildBundle(core.userDb, { title: 'ATL positions', draftIds: drafts.map((d) => d.id), noteIds: notes.map((n) => n.id), comparisonIds: [] }, 'test');
    const text = JSON.stringify(bundle);
    const other = openWorkbench({ corpusDir, dataDir: tempDir() });
    try {
      const read = readBundle(text);
      expect(planImport(other.userDb, read).every((p) => p.action === 'add')).toBe(true);
      expect(applyBundle(other.userDb, read)).toEqual({ added: drafts.length + notes.length, copies: 0, skipped: 0 });
      for (const d of drafts) {
        expect(other.drafts.get(d.id)).toMatchObject({ title: d.title, text: d.text, version: d.version });
        expect(other.drafts.versions(d.id).map((v) => v.kind)).toEqual(core.drafts.versions(d.id).map((v) => v.kind));
      }
      // Importing again skips identical items; an item that differs locally is kept beside as a copy.
      other.drafts.save(drafts[0].id, 'changed locally', 'save');
      expect(applyBundle(other.userDb, read)).toEqual({ added: 0, copies: 1, skipped: drafts.length - 1 + notes.length });
      expect(other.drafts.get(drafts[0].id).text).toBe('changed locally');
      expect(other.drafts.list().some((d) => d.title === `${drafts[0].title} (from ATL positions)`)).toBe(true);
    } finally {
      other.close();
    }
  });

  it('refuses malformed, newer and tampered bundles with a specific message', () => {
    const bundle = buildBundle(core.userDb, { title: 'b', draftIds: [core.drafts.list()[0].id], noteIds: [], comparisonIds: [] }, 'test');
    expect(() => readBundle('{ not json')).toThrow(/not valid JSON/);
    expect(() => readBundle(JSON.stringify({ hello: 1 }))).toThrow(/not a Palermo Workbench position bundle/);
    expect(() => readBundle(JSON.stringify({ ...bundle, schemaVersion: 99 }))).toThrow(/made by a newer version/);
    expect(() => readBundle(JSON.stringify({ ...bundle, items: { ...bundle.items, drafts: [{ ...bundle.items.drafts[0], status: 'secret' }] } }))).toThrow(/malformed at items\.drafts\.0\.status/);
    const tampered = structuredClone(bundle);
    tampered.items.drafts[0].versions[0].text = 'injected';
    expect(() => readBundle(JSON.stringify(tampered))).toThrow(/altered after it was made/);
  });
});

describe('data safety', () => {
  it('sets a corrupt database aside, restores the last backup and says so', () => {
    const dir = tempDir();
    const first = openUserDbSafely(dir);
    first.db.prepare("INSERT INTO notes VALUES ('11111111-1111-4111-8111-111111111111', 'state', 'ATL', 'kept note', '[]', 'x', 'x')").run();
    first.db.close();
    // Next start takes a backup that has the note.
    openUserDbSafely(dir).db.close();
    const bytes = readFileSync(join(dir, USER_DB_FILE));
    bytes.fill(0x41, 0, 100);
    writeFileSync(join(dir, USER_DB_FILE), bytes);
    const { db, notices } = openUserDbSafely(dir);
    expect(notices[0]).toMatchObject({ kind: 'restored-from-backup' });
    expect(notices[0].message).toMatch(/was damaged .* set aside as .*corrupt-/);
    expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept note']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(readdirSync(dir).some((f) => f.startsWith(`${USER_DB_FILE}.corrupt-`))).toBe(true);
  });

  it('keeps a rotating set of backups', () => {
    const dir = tempDir();
    for (let i = 0; i < 13; i++) openUserDbSafely(dir).db.close();
    expect(listBackups(dir).length).toBe(10);
  });

  it('loses no acknowledged save when the process is killed mid-write (SIGKILL)', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests/support/save-loop-child.ts'), dir], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let draftId = '';
    let acked = 0;
    await new Promise<void>((resolve) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith('draft ')) draftId = line.slice(6);
        if (line.startsWith('ack ')) acked = Number(line.slice(4));
        if (acked >= 150 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    const db = new Database(join(dir, USER_DB_FILE));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const saved = db.prepare('SELECT text FROM draft_versions WHERE draft_id = ? ORDER BY seq').pluck().all(draftId) as string[];
    for (let i = 1; i <= acked; i++) expect(saved.some((t) => t.startsWith(`v${i} `)), `acknowledged save ${i}`).toBe(true);
    db.close();
  }, 60_000);
});
