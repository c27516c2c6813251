import type Database from 'better-sqlite3';
import { z } from 'zod';

/** Every setting the workbench keeps, with its type and default. Unknown keys are refused. */
export const SettingsSchema = z
  .object({
    language: z.enum(['en', 'es', 'pt', 'fr']),
    theme: z.enum(['light', 'dark', 'system']),
    welcomeSeen: z.boolean(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { language: 'en', theme: 'system', welcomeSeen: false };

export class SettingsStore {
  constructor(private readonly db: Database.Database) {}

  all(): Settings {
    const rows = this.db.prepare('SELECT key, value_json FROM settings').all() as Array<{ key: string; value_json: string }>;
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const r of rows) {
      if (r.key in DEFAULT_SETTINGS) merged[r.key] = JSON.parse(r.value_json);
    }
    // A stored value from an older version that no longer validates falls back to the default.
    const parsed = SettingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  update(patch: Partial<Settings>): Settings {
    const now = new Date().toISOString();
    const stmt = this.db.prepare(
      'INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at',
    );
    this.db.transaction(() => {
      for (const [k, v] of Object.entries(patch)) if (v !== undefined) stmt.run(k, JSON.stringify(v), now);
    })();
    return this.all();
  }
}
