import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { notFound } from '../workbench-error';

export type NoteTarget = 'provision' | 'element' | 'state' | 'comparison' | 'draft';

export interface Note {
  id: string;
  targetKind: NoteTarget;
  targetId: string;
  body: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  target_kind: NoteTarget;
  target_id: string;
  body: string;
  tags_json: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: Row): Note => ({ id: r.id, targetKind: r.target_kind, targetId: r.target_id, body: r.body, tags: JSON.parse(r.tags_json), createdAt: r.created_at, updatedAt: r.updated_at });

/** Notes on a provision, an element, a state, a comparison or a draft, with tags. */
export class NoteStore {
  constructor(private readonly db: Database.Database) {}

  add(n: { targetKind: NoteTarget; targetId: string; body: string; tags: string[]; id?: string }): Note {
    const now = new Date().toISOString();
    const id = n.id ?? randomUUID();
    this.db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, n.targetKind, n.targetId, n.body, JSON.stringify([...new Set(n.tags)]), now, now);
    return this.get(id);
  }

  get(id: string): Note {
    const r = this.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as Row | undefined;
    if (!r) throw notFound(`No note "${id}".`, 'id');
    return fromRow(r);
  }

  update(id: string, patch: { body?: string; tags?: string[] }): Note {
    const n = this.get(id);
    this.db.prepare('UPDATE notes SET body = ?, tags_json = ?, updated_at = ? WHERE id = ?').run(patch.body ?? n.body, JSON.stringify(patch.tags ?? n.tags), new Date().toISOString(), id);
    return this.get(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM notes WHERE id = ?').run(id).changes === 0) throw notFound(`No note "${id}".`, 'id');
  }

  /** Notes matching every word of the query (in body, tags or target) and, if given, a tag and a target. */
  search(q: { text?: string; tag?: string; targetKind?: NoteTarget; targetId?: string }): Note[] {
    let notes = (this.db.prepare('SELECT * FROM notes ORDER BY updated_at DESC').all() as Row[]).map(fromRow);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    if (q.targetKind) notes = notes.filter((n) => n.targetKind === q.targetKind);
    if (q.targetId) notes = notes.filter((n) => n.targetId === q.targetId);
    if (q.tag) notes = notes.filter((n) => n.tags.includes(q.tag!));
    if (q.text?.trim()) {
      const words = fold(q.text).split(/\s+/).filter(Boolean);
      notes = notes.filter((n) => {
        const hay = fold(`${n.body} ${n.tags.join(' ')} ${n.targetId}`);
        return words.every((w) => hay.includes(w));
      });
    }
    return notes;
  }

  tags(): string[] {
    return [...new Set((this.db.prepare('SELECT tags_json FROM notes').pluck().all() as string[]).flatMap((t) => JSON.parse(t) as string[]))].sort();
  }
}
