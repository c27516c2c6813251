import JSZip from 'jszip';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256 } from '../corpus/canonical-json';
import { CORPUS_MANIFEST_FILE, type CorpusManifest } from '../corpus/build-corpus';
import { openCorpus } from '../corpus/open-corpus';
import { WorkbenchError } from '../workbench-error';
import { corpusChanges, type CorpusChanges } from './corpus-changes';

export const PACKAGE_FORMAT = 'palermo-corpus-package';
export const PACKAGE_VERSION = 1;
export const PACKAGE_EXTENSION = '.palermo-corpus';
const PACKAGE_MANIFEST = 'package.json';
const STORE = 'corpus-store';

const PackageManifest = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    packageVersion: z.number().int(),
    corpus: z.object({ version: z.string(), contentHash: z.string(), builtAt: z.string() }).passthrough(),
    files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
    previousVersion: z.string().nullable(),
    changes: z.unknown(),
  })
  .strict();

/** `palermo corpus pack`: the built corpus and indexes in one file, with hashes and the changes since `previousDir`. */
export async function packCorpus(corpusDir: string, previousDir: string | null): Promise<Buffer> {
  const { db, manifest } = openCorpus(corpusDir);
  db.close();
  const zip = new JSZip();
  const files: Record<string, string> = {};
  for (const name of [...Object.keys(manifest.files), CORPUS_MANIFEST_FILE]) {
    const bytes = readFileSync(join(corpusDir, name));
    files[name] = sha256(bytes);
    zip.file(name, bytes, { date: new Date(manifest.builtAt) });
  }
  const previous = previousDir ? (JSON.parse(readFileSync(join(previousDir, CORPUS_MANIFEST_FILE), 'utf8')) as CorpusManifest).version : null;
  const pm = { format: PACKAGE_FORMAT, packageVersion: PACKAGE_VERSION, corpus: { version: manifest.version, contentHash: manifest.contentHash, builtAt: manifest.builtAt, counts: manifest.counts }, files, previousVersion: previous, changes: corpusChanges(previousDir, corpusDir) };
  zip.file(PACKAGE_MANIFEST, JSON.stringify(pm, null, 2), { date: new Date(manifest.builtAt) });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

interface ActiveState {
  active: string | null;
  previous: string | null;
}

const statePath = (dataDir: string) => join(dataDir, STORE, 'active.json');
function readState(dataDir: string): ActiveState {
  try {
    return JSON.parse(readFileSync(statePath(dataDir), 'utf8')) as ActiveState;
  } catch {
    return { active: null, previous: null };
  }
}
function writeState(dataDir: string, s: ActiveState): void {
  mkdirSync(join(dataDir, STORE), { recursive: true });
  writeFileSync(`${statePath(dataDir)}.tmp`, JSON.stringify(s));
  renameSync(`${statePath(dataDir)}.tmp`, statePath(dataDir));
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, CORPUS_MANIFEST_FILE), 'utf8')) as CorpusManifest;

/**
 * The corpus the app should open: an installed update when it is valid and not older than the one
 * shipped with the app (an app upgrade brings a newer bundled corpus), otherwise the bundled one.
 */
export function activeCorpusDir(bundledDir: string, dataDir: string): string {
  const { active } = readState(dataDir);
  if (!active || active === 'bundled') return bundledDir;
  const dir = join(dataDir, STORE, active);
  try {
    if (manifestOf(dir).builtAt >= manifestOf(bundledDir).builtAt) return dir;
  } catch {
    // A damaged installed update is ignored; the bundled corpus always opens.
  }
  return bundledDir;
}

export interface PackagePreview {
  version: string;
  builtAt: string;
  activeVersion: string;
  activeBuiltAt: string;
  older: boolean;
  same: boolean;
  /** Computed against the corpus now in use, whatever the package was built against. */
  changes: CorpusChanges;
}

/** Checks a package completely (format, every file's hash, the corpus manifest) and extracts it to a staging folder. */
async function unpackVerified(bytes: Buffer, dataDir: string): Promise<{ dir: string; manifest: CorpusManifest }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbenchError('INVALID_ARGUMENT', 'This file is not a corpus package (it is not a readable archive).', 'file');
  }
  const pmFile = zip.file(PACKAGE_MANIFEST);
  if (!pmFile) throw new WorkbenchError('INVALID_ARGUMENT', 'This file is not a corpus package (no package manifest).', 'file');
  const parsed = PackageManifest.safeParse(JSON.parse(await pmFile.async('string')));
  if (!parsed.success) throw new WorkbenchError('INVALID_ARGUMENT', 'This corpus package is malformed; nothing was installed.', 'file');
  if (parsed.data.packageVersion > PACKAGE_VERSION) throw new WorkbenchError('INVALID_ARGUMENT', 'This corpus package was made by a newer version of the workbench; update the workbench first.', 'file');
  const staging = join(dataDir, STORE, `.staging-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    for (const [name, hash] of Object.entries(parsed.data.files)) {
      if (!/^[a-z0-9.-]+$/i.test(name)) throw new WorkbenchError('INVALID_ARGUMENT', `This corpus package names an unsafe file "${name}"; nothing was installed.`, 'file');
      const entry = zip.file(name);
      if (!entry) throw new WorkbenchError('INVALID_ARGUMENT', `This corpus package is incomplete (missing ${name}); nothing was installed.`, 'file');
      const data = await entry.async('nodebuffer');
      if (sha256(data) !== hash) throw new WorkbenchError('INVALID_ARGUMENT', `This corpus package was altered (${name} does not match its hash); nothing was installed.`, 'file');
      writeFileSync(join(staging, name), data);
    }
    const manifest = manifestOf(staging);
    if (manifest.version !== parsed.data.corpus.version || manifest.contentHash !== parsed.data.corpus.contentHash) {
      throw new WorkbenchError('INVALID_ARGUMENT', 'This corpus package is inconsistent (its manifests disagree); nothing was installed.', 'file');
    }
    openCorpus(staging).db.close(); // verifies the database against its own manifest
    return { dir: staging, manifest };
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

export async function previewPackage(bytes: Buffer, bundledDir: string, dataDir: string): Promise<PackagePreview> {
  const { dir, manifest } = await unpackVerified(bytes, dataDir);
  try {
    const activeDir = activeCorpusDir(bundledDir, dataDir);
    const active = manifestOf(activeDir);
    return { version: manifest.version, builtAt: manifest.builtAt, activeVersion: active.version, activeBuiltAt: active.builtAt, older: manifest.builtAt < active.builtAt, same: manifest.contentHash === active.contentHash, changes: corpusChanges(activeDir, dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Installs a verified package as the active corpus, keeping the one in use for rollback. An older
 * package is refused unless the user asks to roll back to it. The user's database is never touched.
 */
export async function installPackage(bytes: Buffer, bundledDir: string, dataDir: string, opts: { allowOlder?: boolean } = {}): Promise<{ version: string; previous: string }> {
  const { dir, manifest } = await unpackVerified(bytes, dataDir);
  const activeDir = activeCorpusDir(bundledDir, dataDir);
  const active = manifestOf(activeDir);
  if (manifest.builtAt < active.builtAt && !opts.allowOlder) {
    rmSync(dir, { recursive: true, force: true });
    throw new WorkbenchError('CONFLICT', `This corpus (${manifest.version}, built ${manifest.builtAt.slice(0, 10)}) is older than the one in use (${active.version}, built ${active.builtAt.slice(0, 10)}). Choose "roll back" to install it anyway.`, 'file');
  }
  const target = join(dataDir, STORE, manifest.version);
  rmSync(target, { recursive: true, force: true });
  renameSync(dir, target);
  const state = readState(dataDir);
  const previous = activeDir === bundledDir ? 'bundled' : (state.active ?? 'bundled');
  writeState(dataDir, { active: manifest.version, previous });
  // Keep only the active and previous corpora on disk.
  for (const d of readdirSync(join(dataDir, STORE))) if (d !== manifest.version && d !== previous && d !== 'active.json') rmSync(join(dataDir, STORE, d), { recursive: true, force: true });
  return { version: manifest.version, previous };
}

/** Goes back to the corpus in use before the last update. */
export function rollbackCorpus(dataDir: string): { active: string } {
  const s = readState(dataDir);
  if (!s.previous) throw new WorkbenchError('CONFLICT', 'There is no earlier corpus to go back to.', 'previous');
  writeState(dataDir, { active: s.previous, previous: s.active });
  return { active: s.previous };
}

export function hasInstalledCorpus(dataDir: string): boolean {
  return existsSync(statePath(dataDir));
}
