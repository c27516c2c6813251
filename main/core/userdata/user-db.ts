import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { backupUserDb, BACKUP_DIR, listBackups } from './backups';
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

/** Something the user must be told at start-up, in plain words. */
export interface StartupNotice {
  kind: 'restored-from-backup' | 'corrupt-no-backup';
  message: string;
  setAside: string;
  restoredFrom?: string;
}

function isHealthy(path: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Opens the user database as the app does at start: a damaged file is set aside (never deleted) with a
 * timestamp, the newest healthy backup is restored, and a backup is taken of what opened.
 */
export function openUserDbSafely(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): { db: Database.Database; notices: StartupNotice[] } {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, USER_DB_FILE);
  const notices: StartupNotice[] = [];
  if (existsSync(path) && !isHealthy(path)) {
    const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(path, aside);
    for (const ext of ['-wal', '-shm']) if (existsSync(path + ext)) renameSync(path + ext, aside + ext);
    const backup = listBackups(dataDir).find((f) => isHealthy(join(dataDir, BACKUP_DIR, f)));
    if (backup) {
      copyFileSync(join(dataDir, BACKUP_DIR, backup), path);
      notices.push({ kind: 'restored-from-backup', setAside: aside, restoredFrom: backup, message: `Your workbench data was damaged and could not be opened. It was set aside as ${aside}, and the automatic backup ${backup} was restored: work saved after that backup is not in it, but the damaged file is kept for recovery.` });
    } else {
      notices.push({ kind: 'corrupt-no-backup', setAside: aside, message: `Your workbench data was damaged and could not be opened. It was set aside as ${aside} and a new, empty database was started; no backup was available.` });
    }
  }
  const db = openUserDb(dataDir, migrations);
  try {
    backupUserDb(db, dataDir, 'start');
  } catch {
    // A full disk must not stop the workbench from opening; the next start tries again.
  }
  return { db, notices };
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
  const pending = migrations.filter((m) => m.version > current);
  // Before changing the schema of existing data, keep a copy of it.
  const dataDir = db.name.replace(/[\\/][^\\/]+$/, '');
  if (pending.length && current > 0) backupUserDb(db, dataDir, 'migration');
  for (const m of pending) {
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
