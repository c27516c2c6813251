import type lunr from 'lunr';
import lunrMulti from 'lunr-languages/lunr.multi.js';
import { foldFunction, setupLunr } from './lunr-setup';
import type { SearchDocMeta } from './search-documents';

/** A text the user brought in (an imported official article, later a draft), as search sees it. */
export interface UserText {
  ref: string;
  key: string;
  jurisdiction: string;
  instrument: string;
  label: string;
  heading: string;
  text: string;
  elements: string[];
  source: 'official' | 'draft';
}

let multiReady = false;

/**
 * The small index of the user's own texts, kept apart from the shipped corpus indexes and rebuilt only
 * when those texts change (it holds hundreds of documents, not the corpus's thousands). Official texts
 * come in any of the four languages, so it stems with all four.
 */
export class UserTextIndex {
  private built: { version: number; index: lunr.Index; meta: Map<string, SearchDocMeta & { heading: string; text: string }> } | null = null;

  constructor(private readonly source: () => { version: number; texts: UserText[] }) {}

  current(): { index: lunr.Index; meta: Map<string, SearchDocMeta & { heading: string; text: string }> } | null {
    const { version, texts } = this.source();
    if (texts.length === 0) return null;
    if (this.built?.version === version) return this.built;
    const lunrLib = setupLunr();
    if (!multiReady) {
      lunrMulti(lunrLib);
      multiReady = true;
    }
    const multi = (lunrLib as unknown as { multiLanguage: (...l: string[]) => lunr.Builder.Plugin }).multiLanguage('en', 'es', 'pt', 'fr');
    const index = lunrLib(function () {
      this.use(multi);
      this.pipeline.add(foldFunction());
      this.searchPipeline.add(foldFunction());
      this.ref('ref');
      this.field('label', { boost: 4 });
      this.field('heading', { boost: 3 });
      this.field('text');
      this.metadataWhitelist = ['position'];
      for (const t of texts) this.add({ ref: t.ref, label: t.label, heading: t.heading, text: t.text });
    });
    const meta = new Map(
      texts.map((t) => [
        t.ref,
        { ref: t.ref, key: t.key, jurisdiction: t.jurisdiction, instrument: t.instrument, instrumentType: 'statute', label: t.label, status: 'in-force' as const, source: t.source, elements: t.elements, heading: t.heading, text: t.text },
      ]),
    );
    this.built = { version, index, meta };
    return this.built;
  }
}
