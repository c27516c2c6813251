import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 10;

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** A consistent copy of the user database (VACUUM INTO), then only the newest backups are kept. */
export function backupUserDb(db: Database.Database, dataDir: string, reason: 'start' | 'migration' | 'manual'): string {
  const dir = join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `workbench-${stamp()}-${reason}.sqlite`);
  db.prepare('VACUUM INTO ?').run(path);
  const all = listBackups(dataDir);
  for (const old of all.slice(KEEP_BACKUPS)) rmSync(join(dir, old), { force: true });
  return path;
}

/** Backup file names, newest first. */
export function listBackups(dataDir: string): string[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^workbench-.*\.sqlite$/.test(f))
    .sort()
    .reverse();
}
