import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrEs from 'lunr-languages/lunr.es.js';
import lunrFr from 'lunr-languages/lunr.fr.js';
import lunrPt from 'lunr-languages/lunr.pt.js';

export const SEARCH_LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/** Lower case without accents: queries typed without accents ("extraccion") still match. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

let ready = false;

/**
 * Registers the language plugins and our accent folding once. Functions are registered by name so
 * that a serialized index loads with the same pipeline it was built with.
 */
export function setupLunr(): typeof lunr {
  if (ready) return lunr;
  stemmerSupport(lunr);
  lunrEs(lunr);
  lunrFr(lunr);
  lunrPt(lunr);
  const fold: lunr.PipelineFunction = (token) => token.update((s) => foldAccents(s));
  lunr.Pipeline.registerFunction(fold, 'palermo-fold-accents');
  ready = true;
  return lunr;
}

export function foldFunction(): lunr.PipelineFunction {
  return (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions['palermo-fold-accents'];
}

/** The language plugin for an index: English uses lunr's own pipeline. */
export function languagePlugin(l: SearchLanguage): lunr.Builder.Plugin | null {
  const lr = lunr as unknown as Record<string, lunr.Builder.Plugin>;
  return l === 'en' ? null : lr[l];
}
