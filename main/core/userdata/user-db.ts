import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';

export const USER_DB_FILE = 'workbench.sqlite';

export class UserDbError extends Error {
  constructor(
    readonly code: 'USER_DB_NEWER' | 'USER_DB_MIGRATION',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens (creating if needed) the user's own database: drafts, notes, imported texts, settings.
 * WAL with synchronous=FULL so that every acknowledged write survives a crash or power loss.
 */
export function openUserDb(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, USER_DB_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Applies pending migrations, each in its own transaction ending by setting user_version. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new UserDbError('USER_DB_NEWER', `Your workbench data (schema ${current}) was written by a newer version of the workbench (this one knows up to ${latest}). Update the workbench to open it.`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    try {
      db.transaction(() => {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (e) {
      throw new UserDbError('USER_DB_MIGRATION', `Upgrading your workbench data to schema ${m.version} (${m.name}) failed and was rolled back: ${(e as Error).message}`);
    }
  }
}
