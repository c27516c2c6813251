import type { AlignedDiff } from './article-align';
import type { SubstanceDiff } from './substance-diff';
import type { Change, Granularity } from './text-diff';
import type { ResolvedText, TextRef } from './text-ref';

export interface CompareRequest {
  left: TextRef;
  right: TextRef;
  granularity?: Granularity;
}

export interface CompareResult {
  left: Omit<ResolvedText, 'attributes'>;
  right: Omit<ResolvedText, 'attributes'>;
  changes: Change[];
  changeCount: number;
  identical: boolean;
  granularity: Granularity;
  articles: AlignedDiff['articles'];
  aligned: boolean;
  substance: SubstanceDiff;
  words: { left: number; right: number };
}

export type CompareJob =
  | { id: string; state: 'running'; progress: number }
  | { id: string; state: 'done'; progress: 1; result: CompareResult }
  | { id: string; state: 'cancelled' | 'failed'; progress: number; message: string };
