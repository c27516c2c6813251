import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type lunr from 'lunr';
import { WorkbenchError } from '../workbench-error';
import { sha256 } from '../corpus/canonical-json';
import type { CorpusRepository } from '../corpus/corpus-repository';
import type { CorpusManifest } from '../corpus/build-corpus';
import type { Pillar } from '../corpus/corpus-types';
import { ElementMatcher, type ElementMatch, type MatchableElement } from './element-matcher';
import { setupLunr, SEARCH_LANGUAGES, type SearchLanguage } from './lunr-setup';
import type { SearchDocMeta } from './search-documents';
import { SEARCH_META_FILE, searchIndexFile } from './search-files';
import { friendlyQueryError } from './query-errors';
import type { UserTextIndex } from './user-text-index';

export interface SearchRequest {
  q: string;
  lang?: SearchLanguage | 'all';
  countries?: string[];
  groups?: string[];
  elements?: string[];
  pillars?: Pillar[];
  instrumentTypes?: string[];
  status?: 'in-force' | 'historical' | 'any';
  sources?: Array<SearchDocMeta['source']>;
  limit?: number;
}

export interface SearchHit extends SearchDocMeta {
  score: number;
  heading: string;
  /** The text shown, with the ranges lunr matched in it (start, length). */
  snippet: { text: string; highlights: Array<[number, number]>; field: 'digest' | 'heading' };
  lang: SearchLanguage;
}

export interface SearchResponse {
  query: string;
  total: number;
  /** Elements the query names, with their coverage across states: offered first. */
  elements: Array<ElementMatch & { counts: Record<string, number> }>;
  groups: Array<{ jurisdiction: string; instruments: Array<{ instrument: string; hits: SearchHit[] }> }>;
  elapsedMs: number;
}

const MAX_QUERY = 500;

/**
 * Full-text search over the serialized lunr indexes, loaded on first use and checked against the
 * corpus manifest. User texts (imported official texts, drafts) join through `extraSources`.
 */
export class SearchService {
  private indexes = new Map<SearchLanguage, lunr.Index>();
  private meta: Map<string, SearchDocMeta> | null = null;
  private matcher: ElementMatcher | null = null;

  constructor(
    private readonly corpus: CorpusRepository,
    private readonly corpusDir: string,
    private readonly manifest: CorpusManifest,
    private readonly elementsWithLexicon: () => MatchableElement[],
    private readonly userTexts: UserTextIndex | null = null,
  ) {}

  private readVerified(name: string): string {
    const text = readFileSync(join(this.corpusDir, name), 'utf8');
    if (this.manifest.files[name] !== sha256(text)) throw new WorkbenchError('UNAVAILABLE', `The search index ${name} does not match the corpus manifest; reinstall or rebuild the corpus.`);
    return text;
  }

  /** Loads one language's index (parsing JSON only; the index was built at corpus-build time). */
  index(lang: SearchLanguage): lunr.Index {
    let idx = this.indexes.get(lang);
    if (!idx) {
      const lunrLib = setupLunr();
      idx = lunrLib.Index.load(JSON.parse(this.readVerified(searchIndexFile(lang))));
      this.indexes.set(lang, idx);
    }
    return idx;
  }

  private metaMap(): Map<string, SearchDocMeta> {
    if (!this.meta) this.meta = new Map((JSON.parse(this.readVerified(SEARCH_META_FILE)) as SearchDocMeta[]).map((m) => [m.ref, m]));
    return this.meta;
  }

  search(req: SearchRequest): SearchResponse {
    const t0 = performance.now();
    const q = req.q.trim();
    if (!q) throw new WorkbenchError('INVALID_ARGUMENT', 'Type something to search for.', 'q');
    if (q.length > MAX_QUERY) throw new WorkbenchError('INVALID_ARGUMENT', `The query is too long (${q.length} characters; at most ${MAX_QUERY}).`, 'q');
    const langs = !req.lang || req.lang === 'all' ? [...SEARCH_LANGUAGES] : [req.lang];
    const meta = this.metaMap();
    const best = new Map<string, { score: number; lang: SearchLanguage; match: lunr.Index.Result['matchData'] }>();
    for (const lang of langs) {
      const index = this.index(lang);
      let results: lunr.Index.Result[];
      try {
        results = index.search(q);
      } catch (e) {
        throw new WorkbenchError('INVALID_ARGUMENT', friendlyQueryError(e as Error, q), 'q');
      }
      for (const r of results) {
        const prev = best.get(r.ref);
        if (!prev || r.score > prev.score) best.set(r.ref, { score: r.score, lang, match: r.matchData });
      }
    }
    // The user's own texts (imported official texts, drafts) are searched in their own small index.
    const user = this.userTexts?.current() ?? null;
    if (user) {
      let results: lunr.Index.Result[] = [];
      try {
        results = user.index.search(q);
      } catch (e) {
        throw new WorkbenchError('INVALID_ARGUMENT', friendlyQueryError(e as Error, q), 'q');
      }
      for (const r of results) best.set(r.ref, { score: r.score, lang: 'es', match: r.matchData });
    }
    const userMeta = user?.meta;
    const groupsOf = req.groups?.length ? new Map(this.corpus.groupings().map((g) => [g.id, new Set(g.members)])) : null;
    const elementPillar = req.pillars?.length ? new Map(this.corpus.elements().map((e) => [e.id, e.pillar])) : null;
    const hits: SearchHit[] = [];
    for (const [ref, r] of best) {
      const m = meta.get(ref) ?? userMeta?.get(ref);
      if (!m) continue;
      if (req.countries?.length && !req.countries.includes(m.jurisdiction)) continue;
      if (groupsOf && !req.groups!.every((g) => groupsOf.get(g)?.has(m.jurisdiction))) continue;
      if (req.elements?.length && !req.elements.some((e) => m.elements.includes(e))) continue;
      if (elementPillar && !m.elements.some((e) => req.pillars!.includes(elementPillar.get(e) as Pillar))) continue;
      if (req.instrumentTypes?.length && !req.instrumentTypes.includes(m.instrumentType)) continue;
      const status = req.status ?? 'in-force';
      if (status !== 'any' && m.status !== status) continue;
      if (req.sources?.length && !req.sources.includes(m.source)) continue;
      hits.push({ ...m, score: r.score, lang: r.lang, heading: '', snippet: { text: '', highlights: [], field: 'digest' } });
    }
    hits.sort((a, b) => b.score - a.score);
    const limited = hits.slice(0, req.limit ?? 100);
    for (const h of limited) {
      const u = userMeta?.get(h.ref);
      if (u) this.fillUserSnippet(h, u, best.get(h.ref)!.match);
      else this.fillSnippet(h, best.get(h.ref)!.match);
    }
    const groups: SearchResponse['groups'] = [];
    for (const h of limited) {
      let g = groups.find((x) => x.jurisdiction === h.jurisdiction);
      if (!g) groups.push((g = { jurisdiction: h.jurisdiction, instruments: [] }));
      let ins = g.instruments.find((x) => x.instrument === h.instrument);
      if (!ins) g.instruments.push((ins = { instrument: h.instrument, hits: [] }));
      ins.hits.push(h);
    }
    return { query: q, total: hits.length, elements: this.elementMatches(q), groups, elapsedMs: Math.round((performance.now() - t0) * 10) / 10 };
  }

  private elementMatches(q: string): SearchResponse['elements'] {
    this.matcher ??= new ElementMatcher(this.elementsWithLexicon());
    return this.matcher.match(q).map((m) => {
      const counts: Record<string, number> = { full: 0, partial: 0, absent: 0, 'not-applicable': 0, 'not-assessed': 0 };
      for (const c of this.corpus.coverageOfElement(m.element)) counts[c.status]++;
      return { ...m, counts };
    });
  }

  /** An imported official text or a draft: an excerpt around the first match, with its highlights. */
  private fillUserSnippet(h: SearchHit, u: { heading: string; text: string }, match: lunr.Index.Result['matchData']): void {
    h.heading = u.heading;
    const ranges: Array<[number, number]> = [];
    for (const term of Object.values(match.metadata)) ranges.push(...((term as Record<string, { position?: Array<[number, number]> }>).text?.position ?? []));
    ranges.sort((a, b) => a[0] - b[0]);
    const start = Math.max(0, (ranges[0]?.[0] ?? 0) - 200);
    const text = u.text.slice(start, start + 700);
    h.snippet = { text: `${start > 0 ? '… ' : ''}${text}`, highlights: ranges.filter(([s0, l]) => s0 >= start && s0 + l <= start + 700).map(([s0, l]) => [s0 - start + (start > 0 ? 2 : 0), l]), field: 'digest' };
  }

  /** The digest (or heading) in the language that matched, with lunr's match positions as highlights. */
  private fillSnippet(h: SearchHit, match: lunr.Index.Result['matchData']): void {
    const p = this.corpus.provision(h.key);
    if (!p) return;
    const version = h.ref.includes('@') ? p.versions.find((v) => `${p.key}@${v.seq}` === h.ref) : p.versions.find((v) => v.current);
    const lang = h.lang === 'en' || h.lang === 'es' ? h.lang : 'es';
    const digest = (version?.digest ?? p.digest)[lang];
    h.heading = (version?.heading ?? p.heading)[lang];
    const ranges: Record<'digest' | 'heading', Array<[number, number]>> = { digest: [], heading: [] };
    if (h.lang === 'en' || h.lang === 'es') {
      for (const term of Object.values(match.metadata)) {
        for (const field of ['digest', 'heading'] as const) {
          const pos = (term as Record<string, { position?: Array<[number, number]> }>)[field]?.position;
          if (pos) ranges[field].push(...pos);
        }
      }
    }
    const field = ranges.digest.length || !ranges.heading.length ? 'digest' : 'heading';
    h.snippet = { text: field === 'digest' ? digest : h.heading, highlights: ranges[field].sort((a, b) => a[0] - b[0]), field };
  }
}
