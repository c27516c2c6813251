import { createHash } from 'node:crypto';
import type { InstrumentView, ProvisionView } from '../corpus/corpus-types';
import type { Suggester, Suggestion } from '../suggest/suggester';
import { extractText } from './extract-text';
import { detectFileKind, type FileKind } from './file-kind';
import { findAmendments } from './find-amendments';
import { ImportRefused } from './import-errors';
import { normalizeArticleNumber, segmentArticles, type SegmentedArticle } from './segment-articles';

export interface PreparedArticle extends SegmentedArticle {
  index: number;
  suggestions: Suggestion[];
  /** The corpus provision this article most likely is, for the user to confirm or correct. */
  proposedProvision: string | null;
}

export interface PreparedImport {
  name: string;
  kind: FileKind;
  size: number;
  sha256: string;
  country: string;
  instrument: string | null;
  articles: PreparedArticle[];
  warnings: string[];
}

const norm = (n: string) => normalizeArticleNumber(n).replace(/\s+/g, ' ');

/**
 * Proposes, for one article, the corpus provision it is: the amended article of the target instrument,
 * or the article with the same number in the chosen instrument (or, when unique, in any of the state's).
 */
export function proposeProvision(a: SegmentedArticle, provisions: readonly ProvisionView[], instrument: string | null): string | null {
  const target = a.amends ? a.amends.instrument : instrument;
  const candidates = provisions.filter((p) => norm(p.number) === norm(a.amends?.article ?? a.number));
  if (target) return candidates.find((p) => p.instrument === target)?.key ?? null;
  return candidates.length === 1 ? candidates[0].key : null;
}

/** Reads, segments and annotates a file; saves nothing (the dry run and the preview before confirming). */
export async function prepareImport(
  input: { name: string; bytes: Buffer; country: string; instrument: string | null },
  corpus: { instruments: readonly InstrumentView[]; provisions: readonly ProvisionView[] },
  suggester: Suggester,
): Promise<PreparedImport> {
  const kind = detectFileKind(input.name, input.bytes);
  if (input.instrument && !corpus.instruments.some((i) => i.key === input.instrument)) {
    throw new ImportRefused(`Instrument "${input.instrument}" is not one of ${input.country}'s instruments in the corpus.`);
  }
  const extracted = await extractText(kind, input.bytes, input.name);
  if (extracted.kind === 'text' && !extracted.text.trim()) throw new ImportRefused(`${input.name} contains no text.`);
  const segmented = extracted.kind === 'articles' ? extracted.articles : segmentArticles(extracted.text);
  if (segmented.length === 0) throw new ImportRefused(`No articles were found in ${input.name}.`);
  const refs = corpus.instruments.map((i) => ({ key: i.key, title: `${i.title.original} ${i.title.en}`, number: i.number, type: i.type }));
  const withAmendments = findAmendments(segmented, refs);
  const isAmendingLaw = withAmendments.some((a) => a.amends);
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  for (const a of withAmendments) if (!a.amends) seen.set(a.number, (seen.get(a.number) ?? 0) + 1);
  for (const [n, count] of seen) if (count > 1) warnings.push(`Article ${n} appears ${count} times: check the segmentation before confirming.`);
  for (const a of withAmendments) if (a.amends && !corpus.instruments.some((i) => i.key === a.amends!.instrument)) warnings.push(`${a.label} amends "${a.amends.instrument}", which is not an instrument of ${input.country} in the corpus.`);
  return {
    name: input.name,
    kind,
    size: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    country: input.country,
    instrument: input.instrument,
    // An amending law's own articles are not the articles they amend: align them only to a chosen instrument.
    articles: withAmendments.map((a, index) => ({
      ...a,
      index,
      suggestions: suggester.suggest(a.text),
      proposedProvision: a.amends || !isAmendingLaw || input.instrument ? proposeProvision(a, corpus.provisions, input.instrument) : null,
    })),
    warnings,
  };
}
