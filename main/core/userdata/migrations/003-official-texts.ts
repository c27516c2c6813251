import type { Migration } from '../migration';

export const migration003: Migration = {
  version: 3,
  name: 'imported official texts',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS imported_files (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        country TEXT NOT NULL,
        instrument TEXT,
        imported_at TEXT NOT NULL,
        -- The original file, kept so the import can be audited or redone.
        original BLOB NOT NULL
      );
      CREATE TABLE IF NOT EXISTS official_texts (
        id TEXT PRIMARY KEY,
        file_id TEXT NOT NULL REFERENCES imported_files(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        provision_key TEXT,
        country TEXT NOT NULL,
        label TEXT NOT NULL,
        number TEXT NOT NULL,
        heading TEXT,
        text TEXT NOT NULL,
        amends_json TEXT,
        elements_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS official_texts_by_provision ON official_texts(provision_key, created_at);
      CREATE INDEX IF NOT EXISTS official_texts_by_file ON official_texts(file_id, seq);
    `);
  },
};
