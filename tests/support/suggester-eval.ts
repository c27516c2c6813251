import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../main/core/paths/project-paths';
import { loadElements } from './source-corpus';
import { Suggester } from '../../main/core/suggest/suggester';

export interface LabelledArticle {
  id: string;
  lang: 'en' | 'es' | 'pt' | 'fr';
  text: string;
  elements: string[];
}

export function loadLabelled(): LabelledArticle[] {
  return parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/suggester/labelled-articles.yaml'), 'utf8')).articles;
}

export interface PillarScore {
  pillar: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Precision and recall per pillar (micro-averaged over the labelled articles) at a threshold. */
export function evaluate(threshold: number, articles = loadLabelled(), elements = loadElements()): { pillars: PillarScore[]; overall: PillarScore } {
  const suggester = new Suggester(elements);
  const pillarOf = new Map(elements.map((e) => [e.id, e.pillar]));
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  const add = (p: string, k: 'tp' | 'fp' | 'fn') => {
    for (const key of [p, 'overall']) {
      const t = tally.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      t[k]++;
      tally.set(key, t);
    }
  };
  for (const a of articles) {
    const got = new Set(suggester.suggest(a.text, threshold).map((s) => s.element));
    const want = new Set(a.elements);
    for (const e of got) add(pillarOf.get(e) ?? '?', want.has(e) ? 'tp' : 'fp');
    for (const e of want) if (!got.has(e)) add(pillarOf.get(e) ?? '?', 'fn');
  }
  const score = (pillar: string): PillarScore => {
    const t = tally.get(pillar) ?? { tp: 0, fp: 0, fn: 0 };
    return { pillar, ...t, precision: t.tp / Math.max(1, t.tp + t.fp), recall: t.tp / Math.max(1, t.tp + t.fn) };
  };
  const pillars = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'].map(score);
  return { pillars, overall: score('overall') };
}
