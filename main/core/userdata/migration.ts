import type Database from 'better-sqlite3';

/** One schema step of the user database; `up` runs inside a transaction and must be idempotent-safe. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
