import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { PreparedImport } from './prepare-import';

export interface OfficialText {
  id: string;
  fileId: string;
  fileName: string;
  importedAt: string;
  provisionKey: string | null;
  country: string;
  label: string;
  number: string;
  heading: string | null;
  text: string;
  amends: { instrument: string; article: string } | null;
  elements: string[];
}

export interface ImportedFileSummary {
  id: string;
  name: string;
  kind: string;
  size: number;
  sha256: string;
  country: string;
  instrument: string | null;
  importedAt: string;
  articles: number;
  aligned: number;
}

export interface ArticleDecision {
  index: number;
  /** The provision the user confirmed (or chose), or null to keep the article unattached. */
  provisionKey: string | null;
  /** Elements the user accepted from the suggestions; never applied without acceptance. */
  acceptedElements: string[];
  /** Leave the article out of the import. */
  skip?: boolean;
}

interface Row {
  id: string;
  file_id: string;
  name: string;
  imported_at: string;
  provision_key: string | null;
  country: string;
  label: string;
  number: string;
  heading: string | null;
  text: string;
  amends_json: string | null;
  elements_json: string;
}

const fromRow = (r: Row): OfficialText => ({
  id: r.id,
  fileId: r.file_id,
  fileName: r.name,
  importedAt: r.imported_at,
  provisionKey: r.provision_key,
  country: r.country,
  label: r.label,
  number: r.number,
  heading: r.heading,
  text: r.text,
  amends: r.amends_json ? JSON.parse(r.amends_json) : null,
  elements: JSON.parse(r.elements_json),
});

/** The user's imported official texts and the files they came from. */
export class OfficialTextStore {
  /** Bumped on every change, so the search index of user texts knows to rebuild. */
  version = 0;

  constructor(private readonly db: Database.Database) {}

  /** Saves a confirmed import in one transaction: the original file and every kept article, or nothing. */
  save(prepared: PreparedImport, original: Buffer, decisions: readonly ArticleDecision[]): { fileId: string; saved: number } {
    const fileId = randomUUID();
    const now = new Date().toISOString();
    const byIndex = new Map(decisions.map((d) => [d.index, d]));
    let saved = 0;
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO imported_files (id, name, kind, size, sha256, country, instrument, imported_at, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(fileId, prepared.name, prepared.kind, prepared.size, prepared.sha256, prepared.country, prepared.instrument, now, original);
      const ins = this.db.prepare('INSERT INTO official_texts (id, file_id, seq, provision_key, country, label, number, heading, text, amends_json, elements_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const a of prepared.articles) {
        const d = byIndex.get(a.index);
        if (d?.skip) continue;
        ins.run(randomUUID(), fileId, a.index, d ? d.provisionKey : a.proposedProvision, prepared.country, a.label, a.number, a.heading, a.text, a.amends ? JSON.stringify(a.amends) : null, JSON.stringify(d?.acceptedElements ?? []), now);
        saved++;
      }
    })();
    this.version++;
    return { fileId, saved };
  }

  files(): ImportedFileSummary[] {
    return (
      this.db
        .prepare(
          `SELECT f.id, f.name, f.kind, f.size, f.sha256, f.country, f.instrument, f.imported_at AS importedAt,
                  COUNT(t.id) AS articles, COUNT(t.provision_key) AS aligned
           FROM imported_files f LEFT JOIN official_texts t ON t.file_id = f.id GROUP BY f.id ORDER BY f.imported_at DESC`,
        )
        .all() as ImportedFileSummary[]
    );
  }

  original(fileId: string): { name: string; bytes: Buffer } | null {
    const r = this.db.prepare('SELECT name, original FROM imported_files WHERE id = ?').get(fileId) as { name: string; original: Buffer } | undefined;
    return r ? { name: r.name, bytes: r.original } : null;
  }

  /** Every imported text of a provision, newest first: the first is the one shown. */
  forProvision(key: string): OfficialText[] {
    return (this.db.prepare('SELECT t.*, f.name, f.imported_at FROM official_texts t JOIN imported_files f ON f.id = t.file_id WHERE t.provision_key = ? ORDER BY t.created_at DESC, t.seq').all(key) as Row[]).map(fromRow);
  }

  /** The provisions of a state that have an imported official text. */
  keysFor(country: string): string[] {
    return this.db.prepare('SELECT DISTINCT provision_key FROM official_texts WHERE country = ? AND provision_key IS NOT NULL ORDER BY provision_key').pluck().all(country) as string[];
  }

  all(): OfficialText[] {
    return (this.db.prepare('SELECT t.*, f.name, f.imported_at FROM official_texts t JOIN imported_files f ON f.id = t.file_id ORDER BY t.created_at, t.seq').all() as Row[]).map(fromRow);
  }

  deleteFile(fileId: string): boolean {
    const changed = this.db.prepare('DELETE FROM imported_files WHERE id = ?').run(fileId).changes > 0;
    if (changed) this.version++;
    return changed;
  }
}
