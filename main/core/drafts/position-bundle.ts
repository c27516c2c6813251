import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { canonicalJson, sha256 } from '../corpus/canonical-json';
import { WorkbenchError } from '../workbench-error';

/** Bumped when the bundle format changes; a bundle from a newer version is refused, not misread. */
export const BUNDLE_SCHEMA_VERSION = 1;
export const BUNDLE_FORMAT = 'palermo-position-bundle';
export const BUNDLE_EXTENSION = '.palermo-bundle';

const Iso = z.string().max(40);
const TextRefJson = z.unknown();

const DraftItem = z
  .object({
    id: z.string().uuid(),
    title: z.string().min(1).max(200),
    jurisdiction: z.string().regex(/^[A-Z]{3}$/),
    amends: z.string().max(200).nullable(),
    status: z.enum(['draft', 'review', 'final']),
    acceptedElements: z.array(z.string().max(120)).max(500),
    versions: z.array(z.object({ seq: z.number().int().min(1), text: z.string().max(5_000_000), kind: z.enum(['created', 'save', 'autosave', 'restore', 'bundle']), savedAt: Iso }).strict()).min(1).max(10_000),
  })
  .strict();
const NoteItem = z
  .object({ id: z.string().uuid(), targetKind: z.enum(['provision', 'element', 'state', 'comparison', 'draft']), targetId: z.string().max(200), body: z.string().max(1_000_000), tags: z.array(z.string().max(60)).max(50), createdAt: Iso, updatedAt: Iso })
  .strict();
const ComparisonItem = z
  .object({ id: z.string().uuid(), title: z.string().min(1).max(200), left: TextRefJson, right: TextRefJson, granularity: z.enum(['word', 'sentence']), note: z.string().max(20_000), createdAt: Iso, updatedAt: Iso })
  .strict();

export const BundleItems = z.object({ drafts: z.array(DraftItem).max(5000), notes: z.array(NoteItem).max(50_000), comparisons: z.array(ComparisonItem).max(5000) }).strict();
export type BundleItems = z.infer<typeof BundleItems>;

export const Bundle = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    schemaVersion: z.number().int().min(1),
    title: z.string().max(200),
    createdAt: Iso,
    corpusVersion: z.string().max(64),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    items: BundleItems,
  })
  .strict();
export type Bundle = z.infer<typeof Bundle>;

export interface BundlePlanEntry {
  kind: 'draft' | 'note' | 'comparison';
  id: string;
  title: string;
  action: 'add' | 'skip-identical' | 'add-as-copy';
}

/** Builds a bundle of the chosen drafts (with every version), notes and saved comparisons. */
export function buildBundle(db: Database.Database, sel: { title: string; draftIds: string[]; noteIds: string[]; comparisonIds: string[] }, corpusVersion: string): Bundle {
  const drafts = sel.draftIds.map((id) => {
    const d = db.prepare('SELECT * FROM drafts WHERE id = ?').get(id) as Record<string, string> | undefined;
    if (!d) throw new WorkbenchError('NOT_FOUND', `No draft "${id}".`, 'draftIds');
    const versions = db.prepare('SELECT seq, text, kind, saved_at AS savedAt FROM draft_versions WHERE draft_id = ? ORDER BY seq').all(id) as BundleItems['drafts'][number]['versions'];
    return { id, title: d.title, jurisdiction: d.jurisdiction, amends: d.amends ?? null, status: d.status as 'draft', acceptedElements: JSON.parse(d.accepted_elements_json), versions };
  });
  const notes = sel.noteIds.map((id) => {
    const n = db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as Record<string, string> | undefined;
    if (!n) throw new WorkbenchError('NOT_FOUND', `No note "${id}".`, 'noteIds');
    return { id, targetKind: n.target_kind as 'provision', targetId: n.target_id, body: n.body, tags: JSON.parse(n.tags_json), createdAt: n.created_at, updatedAt: n.updated_at };
  });
  const comparisons = sel.comparisonIds.map((id) => {
    const c = db.prepare('SELECT * FROM saved_comparisons WHERE id = ?').get(id) as Record<string, string> | undefined;
    if (!c) throw new WorkbenchError('NOT_FOUND', `No saved comparison "${id}".`, 'comparisonIds');
    return { id, title: c.title, left: JSON.parse(c.left_json), right: JSON.parse(c.right_json), granularity: c.granularity as 'word', note: c.note, createdAt: c.created_at, updatedAt: c.updated_at };
  });
  const items = { drafts, notes, comparisons };
  return { format: BUNDLE_FORMAT, schemaVersion: BUNDLE_SCHEMA_VERSION, title: sel.title, createdAt: new Date().toISOString(), corpusVersion, contentHash: sha256(canonicalJson(items)), items };
}

/** Reads a bundle someone sent: refused, with the reason, when malformed, from a newer version, or altered. */
export function readBundle(text: string): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WorkbenchError('INVALID_ARGUMENT', 'This file is not a position bundle: it is not valid JSON.', 'file');
  }
  const head = z.object({ format: z.string(), schemaVersion: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) throw new WorkbenchError('INVALID_ARGUMENT', 'This file is not a Palermo Workbench position bundle.', 'file');
  if (head.data.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    throw new WorkbenchError('INVALID_ARGUMENT', `This bundle was made by a newer version of the workbench (bundle format ${head.data.schemaVersion}; this version reads up to ${BUNDLE_SCHEMA_VERSION}). Update the workbench to open it.`, 'file');
  }
  const parsed = Bundle.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new WorkbenchError('INVALID_ARGUMENT', `This bundle is malformed at ${i.path.join('.') || '(top)'}: ${i.message}. Nothing was imported.`, 'file');
  }
  if (sha256(canonicalJson(parsed.data.items)) !== parsed.data.contentHash) {
    throw new WorkbenchError('INVALID_ARGUMENT', 'This bundle was altered after it was made (its content does not match its hash). Nothing was imported; ask the sender for a fresh copy.', 'file');
  }
  return parsed.data;
}

/** What importing would do: add new items, skip identical ones, and add conflicting ones as copies. */
export function planImport(db: Database.Database, b: Bundle): BundlePlanEntry[] {
  const plan: BundlePlanEntry[] = [];
  for (const d of b.items.drafts) {
    const exists = db.prepare('SELECT 1 FROM drafts WHERE id = ?').get(d.id);
    const same = exists && JSON.stringify(db.prepare('SELECT text FROM draft_versions WHERE draft_id = ? ORDER BY seq').pluck().all(d.id)) === JSON.stringify(d.versions.map((v) => v.text));
    plan.push({ kind: 'draft', id: d.id, title: d.title, action: !exists ? 'add' : same ? 'skip-identical' : 'add-as-copy' });
  }
  for (const n of b.items.notes) {
    const row = db.prepare('SELECT body, tags_json FROM notes WHERE id = ?').get(n.id) as { body: string; tags_json: string } | undefined;
    plan.push({ kind: 'note', id: n.id, title: n.body.slice(0, 60), action: !row ? 'add' : row.body === n.body && row.tags_json === JSON.stringify(n.tags) ? 'skip-identical' : 'add-as-copy' });
  }
  for (const c of b.items.comparisons) {
    const row = db.prepare('SELECT left_json, right_json FROM saved_comparisons WHERE id = ?').get(c.id) as { left_json: string; right_json: string } | undefined;
    plan.push({ kind: 'comparison', id: c.id, title: c.title, action: !row ? 'add' : row.left_json === JSON.stringify(c.left) && row.right_json === JSON.stringify(c.right) ? 'skip-identical' : 'add-as-copy' });
  }
  return plan;
}

/** Merges a bundle in one transaction; nothing local is ever overwritten. */
export function applyBundle(db: Database.Database, b: Bundle): { added: number; copies: number; skipped: number } {
  const plan = planImport(db, b);
  const action = (kind: string, id: string) => plan.find((p) => p.kind === kind && p.id === id)!.action;
  const result = { added: 0, copies: 0, skipped: 0 };
  const from = ` (from ${b.title || 'bundle'})`;
  db.transaction(() => {
    for (const d of b.items.drafts) {
      const a = action('draft', d.id);
      if (a === 'skip-identical') {
        result.skipped++;
        continue;
      }
      const id = a === 'add' ? d.id : randomUUID();
      const last = d.versions[d.versions.length - 1];
      db.prepare('INSERT INTO drafts (id, title, jurisdiction, amends, status, accepted_elements_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, a === 'add' ? d.title : `${d.title}${from}`.slice(0, 200), d.jurisdiction, d.amends, d.status, JSON.stringify(d.acceptedElements), d.versions[0].savedAt, last.savedAt);
      const ins = db.prepare('INSERT INTO draft_versions VALUES (?, ?, ?, ?, ?)');
      d.versions.forEach((v, i) => ins.run(id, i + 1, v.text, v.kind, v.savedAt));
      result[a === 'add' ? 'added' : 'copies']++;
    }
    for (const n of b.items.notes) {
      const a = action('note', n.id);
      if (a === 'skip-identical') {
        result.skipped++;
        continue;
      }
      db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?)').run(a === 'add' ? n.id : randomUUID(), n.targetKind, n.targetId, n.body, JSON.stringify(a === 'add' ? n.tags : [...n.tags, 'from-bundle']), n.createdAt, n.updatedAt);
      result[a === 'add' ? 'added' : 'copies']++;
    }
    for (const c of b.items.comparisons) {
      const a = action('comparison', c.id);
      if (a === 'skip-identical') {
        result.skipped++;
        continue;
      }
      db.prepare('INSERT INTO saved_comparisons VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(a === 'add' ? c.id : randomUUID(), a === 'add' ? c.title : `${c.title}${from}`.slice(0, 200), JSON.stringify(c.left), JSON.stringify(c.right), c.granularity, c.note, c.createdAt, c.updatedAt);
      result[a === 'add' ? 'added' : 'copies']++;
    }
  })();
  return result;
}
