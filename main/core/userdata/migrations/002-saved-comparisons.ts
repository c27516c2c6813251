import type { Migration } from '../migration';

export const migration002: Migration = {
  version: 2,
  name: 'saved comparisons',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS saved_comparisons (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        left_json TEXT NOT NULL,
        right_json TEXT NOT NULL,
        granularity TEXT NOT NULL CHECK (granularity IN ('word', 'sentence')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
