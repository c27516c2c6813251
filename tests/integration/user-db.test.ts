import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../main/core/settings/settings-store';
import { MIGRATIONS } from '../../main/core/userdata/migrations';
import { openUserDb, USER_DB_FILE, UserDbError } from '../../main/core/userdata/user-db';
import { tempDir } from '../support/temp-dir';

describe('user database', () => {
  it('is created with WAL, foreign keys and the latest schema version', () => {
    const dir = tempDir();
    const db = openUserDb(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    db.close();
  });

  it('keeps settings across reopening', () => {
    const dir = tempDir();
    let db = openUserDb(dir);
    new SettingsStore(db).update({ language: 'es', theme: 'dark' });
    db.close();
    db = openUserDb(dir);
    expect(new SettingsStore(db).all()).toMatchObject({ language: 'es', theme: 'dark', welcomeSeen: false });
    db.close();
  });

  it('refuses data written by a newer version, untouched', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, USER_DB_FILE));
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openUserDb(dir)).toThrow(UserDbError);
    const again = new Database(join(dir, USER_DB_FILE));
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    again.close();
  });

  it('rolls back a failed migration and leaves the earlier schema intact', () => {
    const dir = tempDir();
    openUserDb(dir).close();
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half_done (x)'); throw new Error('disk full'); } }];
    expect(() => openUserDb(dir, broken)).toThrow(/schema 99 \(broken\) failed and was rolled back: disk full/);
    const db = openUserDb(dir);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    db.close();
  });
});
