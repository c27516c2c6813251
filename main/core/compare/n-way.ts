import type { CorpusRepository } from '../corpus/corpus-repository';
import type { CoverageStatus } from '../corpus/corpus-types';
import { foldAccents } from '../search/lunr-setup';
import { notFound } from '../workbench-error';
import { diffTexts } from './text-diff';

export interface NWayColumn {
  jurisdiction: string;
  status: CoverageStatus;
  provisions: Array<{ key: string; label: string }>;
  text: string;
  /** Words the state's text has beyond the model clause, and words of the model clause it lacks. */
  additions: number;
  omissions: number;
  /** Elements this state's provisions cover that not every compared state's do. */
  ownElements: string[];
}

export interface NWayComparison {
  element: string;
  modelClause: string;
  columns: NWayColumn[];
  /** Folded words found in every compared text: the common core, highlighted in each column. */
  commonWords: string[];
  /** Elements every compared state's provisions cover. */
  commonElements: string[];
}

const STOP = new Set('the of and or to a an in for by any is be on with as that this which de la el los las y o en por para con del que se su a al un una e do da dos das em ou le les des et du au aux par pour'.split(' '));

const wordsOf = (s: string) => new Set(foldAccents(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)));

/** One element across up to 35 states: each state's provisions in our words, against the model clause. */
export function compareAcross(corpus: CorpusRepository, element: string, codes: string[] | undefined, lang: 'en' | 'es'): NWayComparison {
  const el = corpus.elements().find((e) => e.id === element);
  if (!el) throw notFound(`No element "${element}" in the taxonomy.`, 'element');
  const rows = corpus.coverageOfElement(element).filter((c) => !codes?.length || codes.includes(c.jurisdiction)).slice(0, 35);
  const model = el.modelClause[lang];
  const columns: NWayColumn[] = rows.map((c) => {
    const provisions = c.provisions.map((k) => corpus.provision(k)).filter((p) => p !== null);
    const text = provisions.map((p) => `${p.label}: ${p.digest[lang]}`).join('\n\n');
    let additions = 0;
    let omissions = 0;
    for (const ch of diffTexts(model, text, 'word')) {
      const n = (ch.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      if (ch.op === 'insert') additions += n;
      if (ch.op === 'delete') omissions += n;
    }
    const covered = new Set(provisions.flatMap((p) => [...p.attributes.acts, ...p.attributes.means, ...p.attributes.purposes, ...p.attributes.elements]));
    return { jurisdiction: c.jurisdiction, status: c.status, provisions: provisions.map((p) => ({ key: p.key, label: p.label })), text, additions, omissions, ownElements: [...covered] };
  });
  const withText = columns.filter((c) => c.text);
  const intersect = (sets: Array<Set<string>>): Set<string> =>
    sets.length === 0 ? new Set() : sets.slice(1).reduce((acc, s) => new Set([...acc].filter((x) => s.has(x))), sets[0]);
  const common = intersect(withText.map((c) => wordsOf(c.text)));
  const ce = intersect(withText.map((c) => new Set(c.ownElements)));
  for (const c of columns) c.ownElements = c.ownElements.filter((x) => !ce.has(x));
  return { element, modelClause: model, columns, commonWords: withText.length > 1 ? [...common].sort() : [], commonElements: [...ce].sort() };
}
