import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PILLARS } from '../../../corpus/schema';
import { canonicalJson, sha256 } from './canonical-json';
import { readCorpusSources, type CorpusSources } from './corpus-files';
import { CORPUS_DB_DDL, CORPUS_DB_FORMAT } from './corpus-db-schema';
import type { CorpusModel, CorpusProblem } from './corpus-model';
import { checkCorpus } from './check-corpus';
import { buildSearchFiles } from '../search/search-files';

export const CORPUS_DB_FILE = 'corpus.sqlite';
export const CORPUS_MANIFEST_FILE = 'corpus-manifest.json';

export interface CorpusManifest {
  format: number;
  /** sha256 of the validated corpus content in canonical JSON: the corpus version's identity. */
  contentHash: string;
  /** sha256 over the raw source files, to tell whether a rebuild is needed. */
  sourceHash: string;
  /** Short human version: content hash prefix. */
  version: string;
  builtAt: string;
  counts: { jurisdictions: number; elements: number; instruments: number; provisions: number; coverage: number };
  /** sha256 of the database file, so the app can refuse a tampered corpus. */
  files: Record<string, string>;
}

export type BuildResult = { ok: true; manifest: CorpusManifest; outDir: string } | { ok: false; problems: CorpusProblem[] };

/** Hash of the source files as read (paths and bytes), plus the database format. */
export function sourceHashOf(sources: CorpusSources): string {
  const parts: string[] = [`format:${CORPUS_DB_FORMAT}`];
  const files = [sources.groupings, ...sources.elements, ...[...sources.jurisdictions.values()].flatMap((j) => [j.jurisdiction, j.instruments, j.provisions, j.coverage])];
  for (const f of files) if (f) parts.push(`${f.path}\n${f.raw}`);
  return sha256(parts.join('\n\u0000\n'));
}

/** Orders the model so that output never depends on file-system order. */
function ordered(model: CorpusModel): CorpusModel {
  const pillarIndex = (p: string) => PILLARS.indexOf(p as (typeof PILLARS)[number]);
  const elements = [...model.elements].sort((a, b) => pillarIndex(a.pillar) - pillarIndex(b.pillar));
  const jurisdictions = [...model.jurisdictions].sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code));
  return { ...model, elements, jurisdictions };
}

/** The build date: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise now. */
function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function writeDatabase(path: string, model: CorpusModel, meta: Record<string, string>): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('page_size = 4096');
    db.exec(CORPUS_DB_DDL);
    const j = (v: unknown) => (v === undefined ? null : canonicalJson(v));
    const insert = db.transaction(() => {
      const metaStmt = db.prepare('INSERT INTO corpus_meta (key, value) VALUES (?, ?)');
      for (const k of Object.keys(meta).sort()) metaStmt.run(k, meta[k]);
      const g = db.prepare('INSERT INTO groupings VALUES (?, ?, ?, ?, ?)');
      model.groupings.forEach((x, i) => g.run(x.id, x.kind, i, j(x.name), j(x.description)));
      const e = db.prepare('INSERT INTO elements VALUES (?,?,?,?,?,?,?,?,?,?,?)');
      model.elements.forEach((x, i) => e.run(x.id, x.pillar, x.level, x.source, i, j(x.label), j(x.description), j(x.full), j(x.partial), j(x.modelClause), j(x.lexicon)));
      const jur = db.prepare('INSERT INTO jurisdictions VALUES (?,?,?,?,?,?,?,?)');
      const jg = db.prepare('INSERT INTO jurisdiction_groups VALUES (?, ?)');
      const ins = db.prepare('INSERT INTO instruments VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
      const prov = db.prepare('INSERT INTO provisions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
      const ver = db.prepare('INSERT INTO provision_versions VALUES (?,?,?,?,?,?,?,?,?,?)');
      const pe = db.prepare('INSERT OR IGNORE INTO provision_elements VALUES (?, ?, ?)');
      const cov = db.prepare('INSERT INTO coverage VALUES (?,?,?,?,?,?)');
      const cp = db.prepare('INSERT INTO coverage_provisions VALUES (?,?,?,?)');
      for (const b of model.jurisdictions) {
        const x = b.jurisdiction;
        jur.run(x.code, j(x.name), j(x.officialNames), j(x.officialLanguages), x.subregion, j(x.protocol), j(x.untoc), j(x.summary));
        for (const gid of [x.subregion, ...x.groups].sort()) jg.run(x.code, gid);
        b.instruments.forEach((i, n) =>
          ins.run(i.key, x.code, n, j(i.title), i.shortTitle ?? null, i.language, i.type, i.number ?? null, j(i.dates), i.url ?? null, i.status, j(i.amends), j(i.amendedBy), j(i.source)),
        );
        b.provisions.forEach((p, n) => {
          prov.run(p.key, x.code, p.instrument, n, p.label, p.number, j(p.heading), j(p.digest), j(p.attributes), p.status, j(p.inForce), j(p.source));
          p.history.forEach((h, s) => ver.run(p.key, s, h.from ?? null, h.to, h.introducedBy ?? null, h.amendedBy, j(h.heading ?? p.heading), j(h.digest), j(h.attributes), 0));
          ver.run(p.key, p.history.length, p.inForce.from ?? null, null, p.inForce.introducedBy ?? null, null, j(p.heading), j(p.digest), j(p.attributes), 1);
          const a = p.attributes;
          for (const id of a.acts) pe.run(p.key, id, 'act');
          for (const id of a.means) pe.run(p.key, id, 'means');
          for (const id of a.purposes) pe.run(p.key, id, 'purpose');
          for (const id of a.elements) pe.run(p.key, id, 'other');
          for (const ag of a.aggravating) pe.run(p.key, ag.element, 'aggravating');
        });
        for (const c of b.coverage) {
          cov.run(x.code, c.element, c.status, j(c.rationale), j(c.shortcoming), j(c.history));
          c.provisions.forEach((k, n) => cp.run(x.code, c.element, k, n));
        }
      }
    });
    insert();
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

/**
 * Checks the corpus sources and, when they are clean, builds the read-only database into `outDir`.
 * Same sources and same SOURCE_DATE_EPOCH give a byte-identical database.
 */
export function buildCorpus(sourceDir: string, outDir: string): BuildResult {
  const sources = readCorpusSources(sourceDir);
  const { problems, model } = checkCorpus(sources);
  if (!model) return { ok: false, problems };
  return { ok: true, manifest: writeCorpusBuild(model, sourceHashOf(sources), outDir), outDir };
}

/** Writes a validated model as the built corpus (database + manifest). Used by the build and by benchmarks. */
export function writeCorpusBuild(model: CorpusModel, sourceHash: string, outDir: string): CorpusManifest {
  const m = ordered(model);
  const contentHash = sha256(canonicalJson(m));
  const builtAt = buildDate();
  const counts = {
    jurisdictions: m.jurisdictions.length,
    elements: m.elements.length,
    instruments: m.jurisdictions.reduce((n, b) => n + b.instruments.length, 0),
    provisions: m.jurisdictions.reduce((n, b) => n + b.provisions.length, 0),
    coverage: m.jurisdictions.reduce((n, b) => n + b.coverage.length, 0),
  };
  const version = contentHash.slice(0, 12);
  mkdirSync(outDir, { recursive: true });
  const tmp = join(outDir, `${CORPUS_DB_FILE}.tmp`);
  rmSync(tmp, { force: true });
  writeDatabase(tmp, m, { format: String(CORPUS_DB_FORMAT), contentHash, version, builtAt, counts: canonicalJson(counts) });
  renameSync(tmp, join(outDir, CORPUS_DB_FILE));
  // The search indexes ship serialized with the corpus: nothing is indexed at start-up.
  const files: Record<string, string> = { [CORPUS_DB_FILE]: sha256(readFileSync(join(outDir, CORPUS_DB_FILE))) };
  for (const [name, content] of Object.entries(buildSearchFiles(m))) {
    writeFileSync(join(outDir, name), content);
    files[name] = sha256(content);
  }
  const manifest: CorpusManifest = {
    format: CORPUS_DB_FORMAT,
    contentHash,
    sourceHash,
    version,
    builtAt,
    counts,
    files,
  };
  writeFileSync(join(outDir, CORPUS_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Whether the built corpus in `outDir` is missing or older than the sources. */
export function isCorpusStale(sourceDir: string, outDir: string): boolean {
  const manifestPath = join(outDir, CORPUS_MANIFEST_FILE);
  if (!existsSync(manifestPath) || !existsSync(join(outDir, CORPUS_DB_FILE))) return true;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    return manifest.sourceHash !== sourceHashOf(readCorpusSources(sourceDir));
  } catch {
    return true;
  }
}
