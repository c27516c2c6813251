import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ElementFile, GroupingFile, ProvisionFile, type Element, type Provision } from '../../corpus/schema';
import type { CorpusModel } from '../../main/core/corpus/corpus-model';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';

/** A small deterministic PRNG, so every benchmark run measures the same synthetic corpus. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The real element taxonomy and every provision that validates, as raw material for synthetic corpora. */
export function realMaterial(root = SOURCE_CORPUS_DIR): { elements: Element[]; provisions: Provision[] } {
  const elements = readdirSync(join(root, 'elements'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ElementFile.parse(parse(readFileSync(join(root, 'elements', f), 'utf8'))).elements);
  const provisions: Provision[] = [];
  for (const code of readdirSync(join(root, 'jurisdictions'))) {
    try {
      provisions.push(...ProvisionFile.parse(parse(readFileSync(join(root, 'jurisdictions', code, 'provisions.yaml'), 'utf8'))).provisions);
    } catch {
      // A state still being written is left out of the material.
    }
  }
  return { elements, provisions };
}

/**
 * A synthetic corpus of `states` jurisdictions x `elementCount` elements: the real elements first,
 * then copies with new IDs; provisions reuse real digests so text-heavy benchmarks see realistic words.
 */
export function syntheticModel(opts: { states: number; elementCount: number; provisionsPerState: number; seed?: number }): CorpusModel {
  const rand = seededRandom(opts.seed ?? 42);
  const material = realMaterial();
  const elements: Element[] = [];
  for (let i = 0; i < opts.elementCount; i++) {
    const base = material.elements[i % material.elements.length];
    elements.push(i < material.elements.length ? base : { ...base, id: `${base.id}.synthetic-${Math.floor(i / material.elements.length)}`, level: base.level === 'beyond' ? 'recommended' : base.level });
  }
  const statuses = ['full', 'full', 'full', 'partial', 'absent', 'not-assessed'] as const;
  const jurisdictions: CorpusModel['jurisdictions'] = [];
  for (let n = 0; n < opts.states; n++) {
    const code = `S${String.fromCharCode(65 + Math.floor(n / 26) % 26)}${String.fromCharCode(65 + (n % 26))}`;
    const ins = `${code}/law-1`;
    const source = { url: 'https://example.org/synthetic', kind: 'official' as const, checked: '2026-11-23' };
    const provisions: Provision[] = [];
    for (let p = 0; p < opts.provisionsPerState; p++) {
      const real = material.provisions[(n * opts.provisionsPerState + p) % Math.max(1, material.provisions.length)];
      provisions.push({
        key: `${ins}/${p + 1}`,
        instrument: ins,
        label: `Art. ${p + 1}`,
        number: String(p + 1),
        heading: real?.heading ?? { en: `Article ${p + 1}`, es: `Artículo ${p + 1}` },
        digest: real?.digest ?? { en: 'Synthetic provision.', es: 'Disposición sintética.' },
        attributes: real?.attributes ?? { acts: [], means: [], purposes: [], elements: [], aggravating: [], ageThresholds: [] },
        status: 'in-force',
        inForce: {},
        history: [],
        source,
      });
    }
    jurisdictions.push({
      jurisdiction: {
        code,
        name: { en: `Synthetic state ${n + 1}`, es: `Estado sintético ${n + 1}` },
        officialNames: { en: `Synthetic state ${n + 1}` },
        officialLanguages: ['en'],
        subregion: (['caribbean', 'central-america', 'north-america', 'south-america'] as const)[n % 4],
        groups: n % 3 === 0 ? ['caricom'] : [],
        protocol: { status: 'party', action: 'ratification', date: '2005-01-01', source },
        summary: { en: 'Synthetic.', es: 'Sintético.' },
      },
      instruments: [{ key: ins, title: { original: 'Synthetic Law', en: 'Synthetic Law' }, language: 'en', type: 'statute', dates: {}, amends: [], amendedBy: [], status: 'in-force', source }],
      provisions,
      coverage: elements.map((e) => {
        const status = statuses[Math.floor(rand() * statuses.length)];
        return { element: e.id, status, provisions: status === 'full' || status === 'partial' ? [provisions[0].key] : [], rationale: { en: 'Synthetic.', es: 'Sintético.' }, shortcoming: status === 'partial' ? { en: 'Synthetic.', es: 'Sintético.' } : undefined, history: [] };
      }),
    });
  }
  const groupings = GroupingFile.parse(parse(readFileSync(join(SOURCE_CORPUS_DIR, 'groupings.yaml'), 'utf8'))).groupings;
  return { elements, groupings, jurisdictions };
}
