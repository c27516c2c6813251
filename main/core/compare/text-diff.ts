import { diffSentences, diffWordsWithSpace } from 'diff';

export type Granularity = 'word' | 'sentence';

export interface Change {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** Set on an insert or delete whose text also stands, deleted or inserted, elsewhere: moved, not rewritten. */
  moved?: boolean;
}

/** How long one diff may search for the minimal edit before settling for a coarser one. */
export const DIFF_TIMEOUT_MS = 30_000;

/**
 * Word-level (words with whitespace) or sentence-level redline between two texts, adjacent runs merged.
 * Texts too different to align word by word within the time limit fall back to sentences, then to a
 * whole replacement, so a comparison always ends.
 */
export function diffTexts(left: string, right: string, granularity: Granularity = 'word'): Change[] {
  const parts =
    (granularity === 'word' ? diffWordsWithSpace(left, right, { timeout: DIFF_TIMEOUT_MS }) : undefined) ??
    diffSentences(left, right, { timeout: DIFF_TIMEOUT_MS }) ?? [
      { value: left, removed: true, added: false, count: 1 },
      { value: right, added: true, removed: false, count: 1 },
    ];
  const out: Change[] = [];
  for (const p of parts) {
    const op: Change['op'] = p.added ? 'insert' : p.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += p.value;
    else out.push({ op, text: p.value });
  }
  return out;
}

/** The number of changes a reader steps through: each insert or delete run, a replacement counting once. */
export function countChanges(changes: readonly Change[]): number {
  let n = 0;
  for (let i = 0; i < changes.length; i++) {
    if (changes[i].op === 'equal') continue;
    n++;
    if (changes[i].op === 'delete' && changes[i + 1]?.op === 'insert') i++;
  }
  return n;
}

/** Marks inserts and deletes of the same substantial text (eight words or more) as moved. */
export function markMoves(changes: Change[]): Change[] {
  // Compare bodies without their article heading: a renumbered article that moved is still moved.
  const norm = (s: string) =>
    s
      .replace(/^\s*(?:art[\p{L}]*\.?|section|sec\.|§+)\s*[\p{L}\p{N}.\-]+[\s.\-°º:]*/iu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const deleted = new Map<string, Change>();
  for (const c of changes) if (c.op === 'delete' && norm(c.text).split(' ').length >= 8) deleted.set(norm(c.text), c);
  for (const c of changes) {
    if (c.op !== 'insert') continue;
    const match = deleted.get(norm(c.text));
    if (match) {
      match.moved = true;
      c.moved = true;
    }
  }
  return changes;
}
