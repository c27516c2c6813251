import type { CorpusModel } from '../corpus/corpus-model';
import { buildLunrIndex } from './build-search-index';
import { SEARCH_LANGUAGES } from './lunr-setup';
import { searchDocuments, type SearchDocMeta } from './search-documents';

export const searchIndexFile = (lang: string) => `search-${lang}.json`;
export const SEARCH_META_FILE = 'search-meta.json';

/** The serialized search indexes (one per language) and their shared document metadata. */
export function buildSearchFiles(model: CorpusModel): Record<string, string> {
  const files: Record<string, string> = {};
  let meta: SearchDocMeta[] = [];
  for (const lang of SEARCH_LANGUAGES) {
    const { docs, meta: m } = searchDocuments(model, lang);
    meta = m;
    files[searchIndexFile(lang)] = JSON.stringify(buildLunrIndex(lang, docs));
  }
  files[SEARCH_META_FILE] = JSON.stringify(meta);
  return files;
}
