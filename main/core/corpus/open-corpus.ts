import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './canonical-json';
import { CORPUS_DB_FILE, CORPUS_MANIFEST_FILE, type CorpusManifest } from './build-corpus';
import { CORPUS_DB_FORMAT } from './corpus-db-schema';

/** The bundled corpus is missing, of another format, or does not match its manifest's hash. */
export class CorpusOpenError extends Error {
  constructor(
    readonly code: 'CORPUS_MISSING' | 'CORPUS_FORMAT' | 'CORPUS_TAMPERED',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenedCorpus {
  db: Database.Database;
  manifest: CorpusManifest;
}

/**
 * Opens the built corpus read-only after checking it against its manifest, so a corpus altered
 * after the build is refused rather than silently shown to a legislator.
 */
export function openCorpus(dir: string): OpenedCorpus {
  const dbPath = join(dir, CORPUS_DB_FILE);
  const manifestPath = join(dir, CORPUS_MANIFEST_FILE);
  if (!existsSync(dbPath) || !existsSync(manifestPath)) {
    throw new CorpusOpenError('CORPUS_MISSING', `No built corpus in ${dir}. Run \`npm run corpus:build\`.`);
  }
  let manifest: CorpusManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
  } catch {
    throw new CorpusOpenError('CORPUS_TAMPERED', `The corpus manifest in ${dir} is not valid JSON.`);
  }
  if (manifest.format !== CORPUS_DB_FORMAT) {
    throw new CorpusOpenError('CORPUS_FORMAT', `The corpus in ${dir} has format ${manifest.format}; this version of the workbench reads format ${CORPUS_DB_FORMAT}.`);
  }
  const actual = sha256(readFileSync(dbPath));
  if (actual !== manifest.files?.[CORPUS_DB_FILE]) {
    throw new CorpusOpenError('CORPUS_TAMPERED', `The corpus database in ${dir} does not match its recorded hash: it was altered after it was built. Reinstall or rebuild the corpus.`);
  }
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  return { db, manifest };
}
