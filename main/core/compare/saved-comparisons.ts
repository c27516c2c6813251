import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Granularity } from './text-diff';
import type { TextRef } from './text-ref';
import { notFound } from '../workbench-error';

export interface SavedComparison {
  id: string;
  title: string;
  left: TextRef;
  right: TextRef;
  granularity: Granularity;
  note: string;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  title: string;
  left_json: string;
  right_json: string;
  granularity: Granularity;
  note: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: Row): SavedComparison => ({ id: r.id, title: r.title, left: JSON.parse(r.left_json), right: JSON.parse(r.right_json), granularity: r.granularity, note: r.note, createdAt: r.created_at, updatedAt: r.updated_at });

/** Comparisons the user keeps: the two texts (by reference, or the pasted text itself) and a note. */
export class SavedComparisonStore {
  constructor(private readonly db: Database.Database) {}

  list(): SavedComparison[] {
    return (this.db.prepare('SELECT * FROM saved_comparisons ORDER BY updated_at DESC').all() as Row[]).map(fromRow);
  }

  get(id: string): SavedComparison {
    const r = this.db.prepare('SELECT * FROM saved_comparisons WHERE id = ?').get(id) as Row | undefined;
    if (!r) throw notFound(`No saved comparison "${id}".`, 'id');
    return fromRow(r);
  }

  save(c: { title: string; left: TextRef; right: TextRef; granularity: Granularity; note?: string }): SavedComparison {
    const now = new Date().toISOString();
    const id = randomUUID();
    this.db.prepare('INSERT INTO saved_comparisons VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, c.title, JSON.stringify(c.left), JSON.stringify(c.right), c.granularity, c.note ?? '', now, now);
    return this.get(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM saved_comparisons WHERE id = ?').run(id).changes === 0) throw notFound(`No saved comparison "${id}".`, 'id');
  }
}
