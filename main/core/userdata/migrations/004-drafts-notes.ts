import type { Migration } from '../migration';

export const migration004: Migration = {
  version: 4,
  name: 'drafts and notes',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS drafts (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        jurisdiction TEXT NOT NULL,
        -- The provision it amends, or NULL for a new provision.
        amends TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'final')),
        accepted_elements_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS draft_versions (
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('created', 'save', 'autosave', 'restore', 'bundle')),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS notes (
        id TEXT PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('provision', 'element', 'state', 'comparison', 'draft')),
        target_id TEXT NOT NULL,
        body TEXT NOT NULL,
        tags_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS notes_by_target ON notes(target_kind, target_id);
    `);
  },
};
