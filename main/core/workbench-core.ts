import type Database from 'better-sqlite3';
import { CorpusRepository } from './corpus/corpus-repository';
import { GapService } from './gaps/gap-service';
import { SearchService } from './search/search-service';
import { CompareService } from './compare/compare-service';
import { SavedComparisonStore } from './compare/saved-comparisons';
import { ImportService } from './importers/import-service';
import { OfficialTextStore } from './importers/official-text-store';
import { UserTextIndex } from './search/user-text-index';
import { ExportService } from './exports/export-service';
import type { PdfPrinter } from './exports/pdf-printer';
import { openCorpus } from './corpus/open-corpus';
import { SettingsStore } from './settings/settings-store';
import { openUserDbSafely, type StartupNotice } from './userdata/user-db';
import { DraftStore } from './drafts/draft-store';
import { NoteStore } from './drafts/note-store';
import { DraftService } from './drafts/draft-service';

export interface WorkbenchPaths {
  /** Folder holding the built corpus (corpus.sqlite and its manifest). */
  corpusDir: string;
  /** Folder for the user's own database. */
  dataDir: string;
  /** The corpus shipped with the app (when `corpusDir` is an installed update, for rollback and comparison). */
  bundledCorpusDir?: string;
}

export interface WorkbenchOptions {
  /** The compare worker's file and Node flags (the Electron bundle has its own). */
  compareWorker?: { path: string; execArgv: string[] };
  /** The import worker's file and Node flags (the Electron bundle has its own). */
  importWorker?: { path: string; execArgv: string[] };
  /** How this shell prints PDF (Chromium in preview and the CLI, printToPDF in Electron); null disables PDF. */
  pdfPrinter?: PdfPrinter | null;
}

/** The plain-Node core: every service the API exposes, over the bundled corpus and the user's database. */
export interface WorkbenchCore {
  paths: WorkbenchPaths;
  corpus: CorpusRepository;
  gaps: GapService;
  exports: ExportService;
  search: SearchService;
  compare: CompareService;
  savedComparisons: SavedComparisonStore;
  officialTexts: OfficialTextStore;
  drafts: DraftStore;
  drafting: DraftService;
  notes: NoteStore;
  /** What the user must be told at start (a damaged database restored from backup). */
  notices: StartupNotice[];
  imports: ImportService;
  settings: SettingsStore;
  userDb: Database.Database;
  close(): void;
}

export function openWorkbench(paths: WorkbenchPaths, options: WorkbenchOptions = {}): WorkbenchCore {
  const { db: corpusDb, manifest } = openCorpus(paths.corpusDir);
  let userDb: Database.Database;
  let notices: StartupNotice[];
  try {
    ({ db: userDb, notices } = openUserDbSafely(paths.dataDir));
  } catch (e) {
    corpusDb.close();
    throw e;
  }
  const corpus = new CorpusRepository(corpusDb, manifest);
  const gaps = new GapService(corpus);
  const officialTexts = new OfficialTextStore(userDb);
  const drafts = new DraftStore(userDb);
  const compare = new CompareService(
    corpus,
    options.compareWorker,
    (key) => officialTexts.forProvision(key)[0] ?? null,
    (id, version) => {
      try {
        const d = drafts.get(id);
        return { title: d.title, jurisdiction: d.jurisdiction, version: version ?? d.version, text: version ? drafts.versionText(id, version) : d.text };
      } catch {
        return null;
      }
    },
  );
  const userIndex = new UserTextIndex(() => ({
    version: officialTexts.version * 100_003 + drafts.version,
    texts: [
      ...drafts.list().map((d) => ({
        ref: `draft:${d.id}`,
        key: d.amends ?? `${d.jurisdiction}/draft/${d.id}`,
        jurisdiction: d.jurisdiction,
        instrument: d.amends ? d.amends.split('/').slice(0, 2).join('/') : 'drafts',
        label: d.title,
        heading: d.title,
        text: d.text,
        elements: d.acceptedElements,
        source: 'draft' as const,
      })),
      ...officialTexts.all().map((t) => ({
      ref: `official:${t.id}`,
      key: t.provisionKey ?? `${t.country}/imported/${t.id}`,
      jurisdiction: t.country,
      instrument: t.provisionKey ? t.provisionKey.split('/').slice(0, 2).join('/') : (t.amends?.instrument ?? 'imported'),
      label: t.label,
      heading: t.heading ?? '',
      text: t.text,
      elements: t.elements,
      source: 'official' as const,
      })),
    ],
  }));
  return {
    paths,
    corpus,
    gaps,
    exports: new ExportService(corpus, gaps, options.pdfPrinter ?? null),
    search: new SearchService(corpus, paths.corpusDir, manifest, () => corpus.elementsWithLexicon(), userIndex),
    compare: compare,
    savedComparisons: new SavedComparisonStore(userDb),
    officialTexts,
    imports: new ImportService(corpus, officialTexts, options.importWorker),
    drafts,
    drafting: new DraftService(corpus, drafts, officialTexts, compare, gaps),
    notes: new NoteStore(userDb),
    notices,
    settings: new SettingsStore(userDb),
    userDb,
    close() {
      compare.close();
      corpusDb.close();
      userDb.close();
    },
  };
}
