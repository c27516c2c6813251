import type { CorpusRepository } from '../corpus/corpus-repository';
import type { Attributes, ProvisionVersionView } from '../corpus/corpus-types';
import { notFound, WorkbenchError } from '../workbench-error';

/** Anything the workbench can put on one side of a comparison. */
export type TextRef =
  | { kind: 'provision'; key: string; at?: string; lang: 'en' | 'es' }
  | { kind: 'model'; element: string; lang: 'en' | 'es' }
  | { kind: 'official'; key: string }
  | { kind: 'draft'; id: string; version?: number }
  | { kind: 'text'; text: string; label?: string };

/** A draft's text (a given version, or the latest). */
export type DraftLookup = (id: string, version?: number) => { title: string; text: string; version: number; jurisdiction: string } | null;

/** The latest imported official text of a provision, if the user imported one. */
export type OfficialTextLookup = (key: string) => { text: string; label: string; heading: string | null; fileName: string; provisionKey: string | null; country: string } | null;

export interface ResolvedText {
  label: string;
  /** What is shown: our digest of the provision, a model clause, or the user's own text. */
  source: 'corpus-digest' | 'official-text' | 'model-clause' | 'pasted-text' | 'draft';
  text: string;
  key?: string;
  jurisdiction?: string;
  version?: { seq: number; from: string | null; to: string | null; current: boolean };
  attributes: Attributes | null;
}

/** The version in force on a date (YYYY-MM-DD); without a date, the current one. */
export function versionAt(versions: readonly ProvisionVersionView[], at?: string): ProvisionVersionView | undefined {
  if (!at) return versions.find((v) => v.current);
  return versions.find((v) => (v.from === null || v.from <= at) && (v.to === null || at < v.to));
}

export function resolveText(corpus: CorpusRepository, ref: TextRef, official: OfficialTextLookup = () => null, draft: DraftLookup = () => null): ResolvedText {
  if (ref.kind === 'draft') {
    const d = draft(ref.id, ref.version);
    if (!d) throw notFound(`No draft "${ref.id}"${ref.version ? ` with version ${ref.version}` : ''}.`, 'id');
    return { label: `${d.title} (draft, version ${d.version})`, source: 'draft', text: d.text, jurisdiction: d.jurisdiction, attributes: null };
  }
  if (ref.kind === 'official') {
    const o = official(ref.key);
    if (!o) throw notFound(`No official text has been imported for ${ref.key}. Import it first (Import view), or compare the digest.`, 'key');
    const p = corpus.provision(ref.key);
    return { label: `${o.label}${o.heading ? ` — ${o.heading}` : ''} (${o.fileName})`, source: 'official-text', text: o.text, key: ref.key, jurisdiction: o.country, attributes: p ? (p.versions.find((v) => v.current)?.attributes ?? null) : null };
  }
  if (ref.kind === 'text') return { label: ref.label ?? 'Pasted text', source: 'pasted-text', text: ref.text, attributes: null };
  if (ref.kind === 'model') {
    const e = corpus.elements().find((x) => x.id === ref.element);
    if (!e) throw notFound(`No element "${ref.element}" in the taxonomy.`, 'element');
    return { label: `${e.label[ref.lang]} — model clause`, source: 'model-clause', text: e.modelClause[ref.lang], attributes: null };
  }
  const p = corpus.provision(ref.key);
  if (!p) throw notFound(`No provision "${ref.key}" in the corpus.`, 'key');
  const v = versionAt(p.versions, ref.at);
  if (!v) throw new WorkbenchError('NOT_FOUND', `${p.label} (${p.key}) has no version in force on ${ref.at}.`, 'at');
  return {
    label: `${p.label} — ${v.heading[ref.lang]}${v.current ? '' : ` (${v.from ?? '…'} to ${v.to})`}`,
    source: 'corpus-digest',
    text: v.digest[ref.lang],
    key: p.key,
    jurisdiction: p.jurisdiction,
    version: { seq: v.seq, from: v.from, to: v.to, current: v.current },
    attributes: v.attributes,
  };
}
