import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { notFound, WorkbenchError } from '../workbench-error';

export type DraftStatus = 'draft' | 'review' | 'final';
export type VersionKind = 'created' | 'save' | 'autosave' | 'restore' | 'bundle';

export interface Draft {
  id: string;
  title: string;
  jurisdiction: string;
  amends: string | null;
  status: DraftStatus;
  acceptedElements: string[];
  text: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DraftVersion {
  seq: number;
  kind: VersionKind;
  savedAt: string;
  length: number;
}

interface DraftRow {
  id: string;
  title: string;
  jurisdiction: string;
  amends: string | null;
  status: DraftStatus;
  accepted_elements_json: string;
  created_at: string;
  updated_at: string;
  text: string;
  seq: number;
}

const SELECT = `SELECT d.*, v.text, v.seq FROM drafts d JOIN draft_versions v ON v.draft_id = d.id
  AND v.seq = (SELECT MAX(seq) FROM draft_versions WHERE draft_id = d.id)`;

const fromRow = (r: DraftRow): Draft => ({
  id: r.id,
  title: r.title,
  jurisdiction: r.jurisdiction,
  amends: r.amends,
  status: r.status,
  acceptedElements: JSON.parse(r.accepted_elements_json),
  text: r.text,
  version: r.seq,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * Drafts in the user database. Every save is a new version, written in its own transaction with the
 * database in WAL and synchronous=FULL: once save() returns, the text survives a crash or power loss.
 */
export class DraftStore {
  /** Bumped on every change, for the search index of the user's texts. */
  version = 0;

  constructor(private readonly db: Database.Database) {}

  list(): Draft[] {
    return (this.db.prepare(`${SELECT} ORDER BY d.updated_at DESC`).all() as DraftRow[]).map(fromRow);
  }

  get(id: string): Draft {
    const r = this.db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DraftRow | undefined;
    if (!r) throw notFound(`No draft "${id}".`, 'id');
    return fromRow(r);
  }

  create(d: { title: string; jurisdiction: string; amends: string | null; text: string; id?: string; kind?: VersionKind }): Draft {
    const id = d.id ?? randomUUID();
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO drafts (id, title, jurisdiction, amends, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, d.title, d.jurisdiction, d.amends, 'draft', now, now);
      this.db.prepare('INSERT INTO draft_versions VALUES (?, ?, ?, ?, ?)').run(id, 1, d.text, d.kind ?? 'created', now);
    })();
    this.version++;
    return this.get(id);
  }

  /**
   * Saves the text as a new version. `baseVersion` guards against two windows overwriting each other:
   * a save from a stale copy is refused (and nothing is lost: the user still has their text).
   */
  save(id: string, text: string, kind: 'save' | 'autosave', baseVersion?: number): Draft {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      const last = this.db.prepare('SELECT MAX(seq) AS seq FROM draft_versions WHERE draft_id = ?').get(id) as { seq: number | null };
      if (last.seq === null) throw notFound(`No draft "${id}".`, 'id');
      if (baseVersion !== undefined && baseVersion !== last.seq) {
        throw new WorkbenchError('CONFLICT', `This draft was changed elsewhere (version ${last.seq}, yours is based on ${baseVersion}). Copy your text, reload the draft and merge.`, 'baseVersion');
      }
      const current = this.db.prepare('SELECT text FROM draft_versions WHERE draft_id = ? AND seq = ?').pluck().get(id, last.seq) as string;
      if (current === text && kind === 'autosave') return;
      this.db.prepare('INSERT INTO draft_versions VALUES (?, ?, ?, ?, ?)').run(id, last.seq + 1, text, kind, now);
      this.db.prepare('UPDATE drafts SET updated_at = ? WHERE id = ?').run(now, id);
    })();
    this.version++;
    return this.get(id);
  }

  update(id: string, patch: { title?: string; status?: DraftStatus; amends?: string | null; acceptedElements?: string[] }): Draft {
    this.get(id);
    const now = new Date().toISOString();
    const sets: string[] = [];
    const values: unknown[] = [];
    if (patch.title !== undefined) (sets.push('title = ?'), values.push(patch.title));
    if (patch.status !== undefined) (sets.push('status = ?'), values.push(patch.status));
    if (patch.amends !== undefined) (sets.push('amends = ?'), values.push(patch.amends));
    if (patch.acceptedElements !== undefined) (sets.push('accepted_elements_json = ?'), values.push(JSON.stringify(patch.acceptedElements)));
    if (sets.length) this.db.prepare(`UPDATE drafts SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
    this.version++;
    return this.get(id);
  }

  versions(id: string): DraftVersion[] {
    this.get(id);
    return this.db.prepare('SELECT seq, kind, saved_at AS savedAt, length(text) AS length FROM draft_versions WHERE draft_id = ? ORDER BY seq DESC').all(id) as DraftVersion[];
  }

  versionText(id: string, seq: number): string {
    const t = this.db.prepare('SELECT text FROM draft_versions WHERE draft_id = ? AND seq = ?').pluck().get(id, seq) as string | undefined;
    if (t === undefined) throw notFound(`Draft "${id}" has no version ${seq}.`, 'seq');
    return t;
  }

  /** Restoring never deletes history: the old text comes back as a new version. */
  restore(id: string, seq: number): Draft {
    const text = this.versionText(id, seq);
    const last = this.db.prepare('SELECT MAX(seq) FROM draft_versions WHERE draft_id = ?').pluck().get(id) as number;
    this.db.prepare('INSERT INTO draft_versions VALUES (?, ?, ?, ?, ?)').run(id, last + 1, text, 'restore', new Date().toISOString());
    this.version++;
    return this.get(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes === 0) throw notFound(`No draft "${id}".`, 'id');
    this.version++;
  }
}
