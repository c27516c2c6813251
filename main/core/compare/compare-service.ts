import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CorpusRepository } from '../corpus/corpus-repository';
import type { CoverageStatus } from '../corpus/corpus-types';
import { notFound, WorkbenchError } from '../workbench-error';
import { diffAligned, type AlignedDiff } from './article-align';
import type { CompareJob, CompareRequest, CompareResult } from './compare-types';
import { substanceDiff } from './substance-diff';
import { countChanges } from './text-diff';
import { resolveText, type DraftLookup, type OfficialTextLookup, type ResolvedText } from './text-ref';

/** Above this many words in total, a comparison runs in a worker thread with progress and cancel. */
export const WORKER_THRESHOLD_WORDS = 20_000;

const words = (s: string) => (s.match(/\S+/g) ?? []).length;

function defaultWorkerPath(): { path: string; execArgv: string[] } {
  // From source the worker is TypeScript: a small JS entry registers tsx in the worker first.
  return { path: fileURLToPath(new URL('./compare-worker-source.mjs', import.meta.url)), execArgv: [] };
}

/** Side-by-side comparison of any two texts the workbench holds: redline and substance. */
export class CompareService {
  private jobs = new Map<string, { job: CompareJob; worker?: Worker }>();

  constructor(
    private readonly corpus: CorpusRepository,
    worker?: { path: string; execArgv: string[] },
    private readonly official: OfficialTextLookup = () => null,
    private readonly draft: DraftLookup = () => null,
  ) {
    this.worker = worker ?? defaultWorkerPath();
  }

  private readonly worker: { path: string; execArgv: string[] };

  private statusLookup(t: ResolvedText): (element: string) => CoverageStatus | null {
    if (!t.jurisdiction) return () => null;
    const map = new Map(this.corpus.coverage(t.jurisdiction).map((c) => [c.element, c.status]));
    return (e) => map.get(e) ?? null;
  }

  private resolve(req: CompareRequest): { left: ResolvedText; right: ResolvedText } {
    const left = resolveText(this.corpus, req.left, this.official, this.draft);
    const right = resolveText(this.corpus, req.right, this.official, this.draft);
    for (const [side, t] of [['left', left], ['right', right]] as const) {
      if (!t.text.trim()) throw new WorkbenchError('INVALID_ARGUMENT', `The ${side} text is empty: there is nothing to compare.`, side);
    }
    return { left, right };
  }

  private finish(left: ResolvedText, right: ResolvedText, diff: AlignedDiff, granularity: 'word' | 'sentence'): CompareResult {
    const { attributes: la, ...l } = left;
    const { attributes: ra, ...r } = right;
    const changeCount = countChanges(diff.changes);
    return {
      left: l,
      right: r,
      changes: diff.changes,
      changeCount,
      identical: changeCount === 0,
      granularity,
      articles: diff.articles,
      aligned: diff.aligned,
      substance: substanceDiff(la, ra, { left: this.statusLookup(left), right: this.statusLookup(right) }),
      words: { left: words(left.text), right: words(right.text) },
    };
  }

  /** Compares in this thread: for short texts, the CLI and tests. */
  compare(req: CompareRequest): CompareResult {
    const { left, right } = this.resolve(req);
    const g = req.granularity ?? 'word';
    return this.finish(left, right, diffAligned(left.text, right.text, g), g);
  }

  /** Starts a comparison; long ones run in a worker so the UI never freezes. Poll with job(). */
  start(req: CompareRequest): CompareJob {
    const { left, right } = this.resolve(req);
    const g = req.granularity ?? 'word';
    const id = randomUUID();
    if (words(left.text) + words(right.text) < WORKER_THRESHOLD_WORDS) {
      const job: CompareJob = { id, state: 'done', progress: 1, result: this.finish(left, right, diffAligned(left.text, right.text, g), g) };
      this.remember(id, { job });
      return job;
    }
    const worker = new Worker(this.worker.path, { execArgv: this.worker.execArgv });
    const entry: { job: CompareJob; worker?: Worker } = { job: { id, state: 'running', progress: 0 }, worker };
    this.remember(id, entry);
    worker.on('message', (m: { type: 'progress'; progress: number } | { type: 'done'; result: AlignedDiff }) => {
      if (entry.job.state !== 'running') return;
      if (m.type === 'progress') entry.job = { id, state: 'running', progress: m.progress };
      else {
        entry.job = { id, state: 'done', progress: 1, result: this.finish(left, right, m.result, g) };
        void worker.terminate();
      }
    });
    worker.on('error', (e: Error) => {
      if (entry.job.state === 'running') entry.job = { id, state: 'failed', progress: entry.job.progress, message: `The comparison failed: ${e.message}` };
    });
    worker.postMessage({ left: left.text, right: right.text, granularity: g });
    return entry.job;
  }

  job(id: string): CompareJob {
    const e = this.jobs.get(id);
    if (!e) throw notFound(`No comparison "${id}" is running or finished.`, 'jobId');
    return e.job;
  }

  cancel(id: string): CompareJob {
    const e = this.jobs.get(id);
    if (!e) throw notFound(`No comparison "${id}" is running or finished.`, 'jobId');
    if (e.job.state === 'running') {
      void e.worker?.terminate();
      e.job = { id, state: 'cancelled', progress: e.job.progress, message: 'Comparison cancelled.' };
    }
    return e.job;
  }

  /** Keeps the last few jobs only: results can be large. */
  private remember(id: string, entry: { job: CompareJob; worker?: Worker }): void {
    this.jobs.set(id, entry);
    if (this.jobs.size > 20) {
      const oldest = this.jobs.keys().next().value as string;
      void this.jobs.get(oldest)?.worker?.terminate();
      this.jobs.delete(oldest);
    }
  }

  close(): void {
    for (const e of this.jobs.values()) void e.worker?.terminate();
  }
}
