import type { WorkbenchCore } from '../../main/core/workbench-core';

export interface Labelled {
  q: string;
  lang: 'en' | 'es' | 'pt' | 'fr';
  relevant: string[];
}

/** The states the relevance labels cover; results are restricted to them so unlabelled states do not count against precision. */
export const LABELLED_STATES = ['ARG', 'CAN', 'GTM'];

/** Precision@5 and MRR of the search over a hand-labelled set of queries in four languages. */
export function relevance(core: WorkbenchCore, queries: Labelled[]) {
  let p5 = 0;
  let rr = 0;
  const perQuery = queries.map((x) => {
    const r = core.search.search({ q: x.q, countries: LABELLED_STATES, limit: 20 });
    const ranked = r.groups.flatMap((g) => g.instruments.flatMap((i) => i.hits)).sort((a, b) => b.score - a.score).map((h) => h.key);
    const unique = [...new Set(ranked)];
    const top5 = unique.slice(0, 5);
    const hits = top5.filter((k) => x.relevant.includes(k)).length;
    const first = unique.findIndex((k) => x.relevant.includes(k));
    p5 += hits / Math.min(5, x.relevant.length);
    rr += first >= 0 ? 1 / (first + 1) : 0;
    return { q: x.q, hits, first };
  });
  return { precisionAt5: p5 / queries.length, mrr: rr / queries.length, perQuery };
}

