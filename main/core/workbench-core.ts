import type Database from 'better-sqlite3';
import { CorpusRepository } from './corpus/corpus-repository';
import { GapService } from './gaps/gap-service';
import { openCorpus } from './corpus/open-corpus';
import { SettingsStore } from './settings/settings-store';
import { openUserDb } from './userdata/user-db';

export interface WorkbenchPaths {
  /** Folder holding the built corpus (corpus.sqlite and its manifest). */
  corpusDir: string;
  /** Folder for the user's own database. */
  dataDir: string;
}

/** The plain-Node core: every service the API exposes, over the bundled corpus and the user's database. */
export interface WorkbenchCore {
  paths: WorkbenchPaths;
  corpus: CorpusRepository;
  gaps: GapService;
  settings: SettingsStore;
  userDb: Database.Database;
  close(): void;
}

export function openWorkbench(paths: WorkbenchPaths): WorkbenchCore {
  const { db: corpusDb, manifest } = openCorpus(paths.corpusDir);
  let userDb: Database.Database;
  try {
    userDb = openUserDb(paths.dataDir);
  } catch (e) {
    corpusDb.close();
    throw e;
  }
  const corpus = new CorpusRepository(corpusDb, manifest);
  return {
    paths,
    corpus,
    gaps: new GapService(corpus),
    settings: new SettingsStore(userDb),
    userDb,
    close() {
      corpusDb.close();
      userDb.close();
    },
  };
}
