import Database from 'better-sqlite3';
import type lunr from 'lunr';
import { join } from 'node:path';
import { writeFileSync, readFileSync } from 'node:fs';
import type { CorpusModel } from '../../main/core/corpus/corpus-model';
import { checkCorpus } from '../../main/core/corpus/check-corpus';
import { readCorpusSources } from '../../main/core/corpus/corpus-files';
import { buildLunrIndex } from '../../main/core/search/build-search-index';
import { foldAccents, setupLunr, SEARCH_LANGUAGES, type SearchLanguage } from '../../main/core/search/lunr-setup';
import { searchDocuments, type SearchDoc } from '../../main/core/search/search-documents';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';
import { tempDir } from '../support/temp-dir';
import { measure, ms, ratio, row } from './bench-util';
import { BENCH_QUERIES } from './search-queries';
import { syntheticModel } from './synthetic-corpus';

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** The committed corpus, or the states of it that validate (a state being written is left out). */
function realModel(): CorpusModel {
  const sources = readCorpusSources(SOURCE_CORPUS_DIR);
  const full = checkCorpus(sources);
  if (full.model) return full.model;
  for (const [code, files] of [...sources.jurisdictions]) {
    const single = { ...sources, jurisdictions: new Map([[code, files]]) };
    if (checkCorpus(single).problems.length) sources.jurisdictions.delete(code);
  }
  const r = checkCorpus(sources);
  if (!r.model) throw new Error('no valid corpus to benchmark');
  return r.model;
}

/** The same documents in an FTS5 table: the obvious alternative to lunr. */
function buildFts(path: string, docsByLang: Map<SearchLanguage, SearchDoc[]>): void {
  const db = new Database(path);
  db.exec("CREATE VIRTUAL TABLE docs USING fts5(ref UNINDEXED, lang UNINDEXED, label, heading, digest, concepts, state, tokenize = 'unicode61 remove_diacritics 2')");
  const ins = db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const [lang, docs] of docsByLang) for (const d of docs) ins.run(d.ref, lang, d.label, d.heading, d.digest, d.concepts, d.state);
  })();
  db.close();
}

/** A lunr-style OR query as FTS5: each word a prefix term, ranked by bm25 with the same field weights. */
function ftsQuery(q: string): string {
  const words = foldAccents(q).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  return words.map((w) => `"${w}"*`).join(' OR ');
}

async function sizeRun(label: string, model: CorpusModel) {
  const dir = tempDir();
  const docsByLang = new Map(SEARCH_LANGUAGES.map((l) => [l, searchDocuments(model, l).docs]));
  for (const l of SEARCH_LANGUAGES) writeFileSync(join(dir, `${l}.json`), JSON.stringify(buildLunrIndex(l, docsByLang.get(l)!)));
  buildFts(join(dir, 'fts.sqlite'), docsByLang);
  const lunrLib = setupLunr();

  // Load: parse the four serialized indexes (what the app does on first search) vs open the FTS5 database.
  const before = heapMb();
  let indexes = new Map<SearchLanguage, lunr.Index>();
  const lunrLoad = await measure(() => {
    indexes = new Map(SEARCH_LANGUAGES.map((l) => [l, lunrLib.Index.load(JSON.parse(readFileSync(join(dir, `${l}.json`), 'utf8')))]));
  }, 5, 1);
  const lunrMem = heapMb() - before;
  let fts!: Database.Database;
  const beforeFts = heapMb();
  const ftsLoad = await measure(() => {
    fts?.close();
    fts = new Database(join(dir, 'fts.sqlite'), { readonly: true });
    fts.prepare("SELECT ref FROM docs WHERE docs MATCH 'trata' LIMIT 1").all();
  }, 5, 1);
  const ftsMem = heapMb() - beforeFts;
  const stmt = fts.prepare('SELECT ref, bm25(docs, 0, 0, 4, 3, 1, 2, 2) AS score FROM docs WHERE docs MATCH ? AND lang = ? ORDER BY score LIMIT 100');

  const lunrLatencies: number[] = [];
  const ftsLatencies: number[] = [];
  for (const { lang, q } of BENCH_QUERIES) {
    lunrLatencies.push((await measure(() => indexes.get(lang)!.search(q), 5, 1)).median);
    ftsLatencies.push((await measure(() => stmt.all(ftsQuery(q), lang), 5, 1)).median);
  }
  fts.close();
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  const docs = docsByLang.get('en')!.length;
  return { label: `${label} (${docs} docs/lang)`, lunrP50: pct(lunrLatencies, 0.5), lunrP95: pct(lunrLatencies, 0.95), ftsP50: pct(ftsLatencies, 0.5), ftsP95: pct(ftsLatencies, 0.95), lunrLoad: lunrLoad.median, ftsLoad: ftsLoad.median, lunrMem, ftsMem };
}

export async function searchBench(): Promise<void> {
  const base = realModel();
  const provisions = base.jurisdictions.reduce((n, b) => n + b.provisions.length, 0);
  const perState = Math.max(1, Math.round(provisions / Math.max(1, base.jurisdictions.length)));
  const sizes: Array<[string, CorpusModel]> = [
    ['real corpus', base],
    ['10x synthetic', syntheticModel({ states: base.jurisdictions.length * 10, elementCount: base.elements.length, provisionsPerState: perState })],
    ['100x synthetic', syntheticModel({ states: base.jurisdictions.length * 100, elementCount: base.elements.length, provisionsPerState: perState })],
  ];
  console.log(`\nsearch: lunr vs SQLite FTS5, ${BENCH_QUERIES.length} queries in 4 languages${gc ? '' : ' (run with --expose-gc for memory figures)'}`);
  row('', 'lunr p50', 'lunr p95', 'FTS5 p50', 'FTS5 p95', 'p50 ratio');
  const results = [];
  for (const [label, model] of sizes) {
    const r = await sizeRun(label, model);
    results.push(r);
    row(r.label, ms(r.lunrP50), ms(r.lunrP95), ms(r.ftsP50), ms(r.ftsP95), ratio(r.lunrP50, r.ftsP50));
  }
  row('', 'lunr load', 'FTS5 open', 'load ratio', 'lunr heap', 'FTS5 heap');
  for (const r of results) row(r.label, ms(r.lunrLoad), ms(r.ftsLoad), ratio(r.lunrLoad, r.ftsLoad), `${r.lunrMem.toFixed(1)} MB`, `${r.ftsMem.toFixed(1)} MB`);
  const growth = (a: number, b: number) => ratio(b, a);
  await relevanceFigures();
  console.log(`  growth per 10x size: lunr p50 ${growth(results[0].lunrP50, results[1].lunrP50)} then ${growth(results[1].lunrP50, results[2].lunrP50)}; lunr load ${growth(results[0].lunrLoad, results[1].lunrLoad)} then ${growth(results[1].lunrLoad, results[2].lunrLoad)}`);
}

/** Precision@5 and MRR on the hand-labelled queries (the same figures the relevance test keeps a floor on). */
async function relevanceFigures(): Promise<void> {
  const { cpSync, mkdirSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { openWorkbench } = await import('../../main/core/workbench-core');
  const { relevance } = await import('../support/search-relevance');
  const { PROJECT_ROOT } = await import('../../main/core/paths/project-paths');
  const { buildCorpus } = await import('../../main/core/corpus/build-corpus');
  const src = tempDir();
  cpSync(join(SOURCE_CORPUS_DIR, 'elements'), join(src, 'elements'), { recursive: true });
  cpSync(join(SOURCE_CORPUS_DIR, 'groupings.yaml'), join(src, 'groupings.yaml'));
  mkdirSync(join(src, 'jurisdictions'));
  for (const c of ['ARG', 'CAN', 'GTM']) cpSync(join(SOURCE_CORPUS_DIR, 'jurisdictions', c), join(src, 'jurisdictions', c), { recursive: true });
  const built = buildCorpus(src, tempDir());
  if (!built.ok) return;
  const core = openWorkbench({ corpusDir: built.outDir, dataDir: tempDir() });
  const queries = parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/search/relevance.yaml'), 'utf8')).queries;
  const r = relevance(core, queries);
  console.log(`  relevance on ${queries.length} hand-labelled queries (ARG, CAN, GTM): precision@5 ${r.precisionAt5.toFixed(3)}, MRR ${r.mrr.toFixed(3)}`);
  core.close();
}
