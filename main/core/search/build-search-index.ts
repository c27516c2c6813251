import type lunr from 'lunr';
import { foldFunction, languagePlugin, setupLunr, type SearchLanguage } from './lunr-setup';
import type { SearchDoc } from './search-documents';

/** Field boosts: where a word appears says how much it matters. */
export const FIELD_BOOSTS: Record<keyof Omit<SearchDoc, 'ref'>, number> = { label: 4, heading: 3, concepts: 2, state: 2, digest: 1 };

function prepend(pipeline: lunr.Pipeline, fn: lunr.PipelineFunction): void {
  const stack = [...(pipeline as unknown as { _stack: lunr.PipelineFunction[] })._stack];
  pipeline.reset();
  pipeline.add(fn, ...stack);
}

/** Builds one language's lunr index, with that language's stemmer and stop words after accent folding. */
export function buildLunrIndex(lang: SearchLanguage, docs: SearchDoc[]): lunr.Index {
  const lunrLib = setupLunr();
  return lunrLib(function () {
    const plugin = languagePlugin(lang);
    if (plugin) this.use(plugin);
    // Fold accents first in both pipelines, so "organos" and "órganos" meet.
    prepend(this.pipeline, foldFunction());
    prepend(this.searchPipeline, foldFunction());
    this.ref('ref');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    this.metadataWhitelist = ['position'];
    for (const d of docs) this.add(d);
  });
}
