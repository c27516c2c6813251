import type { CorpusModel } from '../corpus/corpus-model';
import type { Attributes } from '../corpus/corpus-types';
import type { SearchLanguage } from './lunr-setup';

/** What the index stores beside each document, for filters and for showing a result without a query to SQLite. */
export interface SearchDocMeta {
  ref: string;
  /** Provision key (or user text ID). */
  key: string;
  jurisdiction: string;
  instrument: string;
  instrumentType: string;
  label: string;
  /** Current provision, or an earlier version (with its validity). */
  status: 'in-force' | 'historical';
  validTo?: string;
  source: 'corpus' | 'official' | 'draft';
  elements: string[];
}

export interface SearchDoc {
  ref: string;
  label: string;
  heading: string;
  digest: string;
  concepts: string;
  state: string;
}

const allElements = (a: Attributes) => [...new Set([...a.acts, ...a.means, ...a.purposes, ...a.elements, ...a.aggravating.map((g) => g.element)])];

/**
 * The documents of one language's index: every provision (current and earlier versions). PT and FR have
 * no digests in the corpus, so their documents carry the provision's element labels and lexicon terms in
 * that language: a concept search in Portuguese or French still finds the provisions.
 */
export function searchDocuments(model: CorpusModel, lang: SearchLanguage): { docs: SearchDoc[]; meta: SearchDocMeta[] } {
  const elements = new Map(model.elements.map((e) => [e.id, e]));
  const conceptText = (ids: string[]) =>
    ids
      .map((id) => {
        const e = elements.get(id);
        if (!e) return '';
        const label = (e.label as Record<string, string | undefined>)[lang] ?? e.label.en;
        const terms = e.lexicon[lang].filter((t) => !t.startsWith('/')).map((t) => t.replace(/\*/g, ''));
        return `${label}. ${terms.join(', ')}`;
      })
      .join(' ');
  const text = (t: { en: string; es: string; pt?: string; fr?: string }) => (lang === 'en' || lang === 'es' ? t[lang] : (t[lang] ?? ''));
  const docs: SearchDoc[] = [];
  const meta: SearchDocMeta[] = [];
  for (const b of model.jurisdictions) {
    const j = b.jurisdiction;
    const types = new Map(b.instruments.map((i) => [i.key, i.type]));
    const state = `${j.name.en} ${j.name.es} ${j.code} ${Object.values(j.officialNames).join(' ')}`;
    for (const p of b.provisions) {
      const versions = [
        ...p.history.map((h, seq) => ({ ref: `${p.key}@${seq}`, heading: h.heading ?? p.heading, digest: h.digest, attributes: h.attributes, status: 'historical' as const, validTo: h.to })),
        { ref: p.key, heading: p.heading, digest: p.digest, attributes: p.attributes, status: 'in-force' as const, validTo: undefined },
      ];
      for (const v of versions) {
        const ids = allElements(v.attributes);
        docs.push({ ref: v.ref, label: p.label, heading: text(v.heading), digest: text(v.digest), concepts: conceptText(ids), state });
        meta.push({
          ref: v.ref,
          key: p.key,
          jurisdiction: j.code,
          instrument: p.instrument,
          instrumentType: types.get(p.instrument) ?? 'statute',
          label: p.label,
          status: p.status === 'repealed' ? 'historical' : v.status,
          validTo: v.validTo,
          source: 'corpus',
          elements: ids,
        });
      }
    }
  }
  return { docs, meta };
}
