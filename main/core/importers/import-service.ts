import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CorpusRepository } from '../corpus/corpus-repository';
import { notFound, WorkbenchError } from '../workbench-error';
import { ImportRefused } from './import-errors';
import type { ArticleDecision, OfficialTextStore } from './official-text-store';
import type { PreparedImport } from './prepare-import';

const PREVIEW_TTL_MS = 60 * 60 * 1000;

/**
 * Import of official texts: a preview the user checks (segmentation, alignment, suggestions), then a
 * confirmation that saves everything in one transaction with the original file.
 */
export class ImportService {
  private previews = new Map<string, { prepared: PreparedImport; bytes: Buffer; at: number }>();

  private readonly worker: { path: string; execArgv: string[] };

  constructor(
    private readonly corpus: CorpusRepository,
    private readonly store: OfficialTextStore,
    worker?: { path: string; execArgv: string[] },
  ) {
    // From source the worker is TypeScript: a small JS entry registers tsx in the worker first.
    this.worker = worker ?? { path: fileURLToPath(new URL('./import-worker-source.mjs', import.meta.url)), execArgv: [] };
  }

  /**
   * Reads, segments and annotates a file in a worker thread, so a large file never blocks the thread
   * that answers the UI; the worker ends when done (or when the caller gives up on it).
   */
  async prepare(input: { name: string; bytes: Buffer; country: string; instrument: string | null }): Promise<PreparedImport> {
    if (!this.corpus.hasJurisdiction(input.country)) throw new WorkbenchError('NOT_FOUND', `No jurisdiction "${input.country}" in the corpus.`, 'country');
    const job = {
      input: { ...input, bytes: new Uint8Array(input.bytes) },
      corpus: { instruments: this.corpus.instruments(input.country), provisions: this.corpus.provisions(input.country) },
      elements: this.corpus.elementsWithLexicon().map((e) => ({ id: e.id, lexicon: e.lexicon })),
    };
    const worker = new Worker(this.worker.path, { execArgv: this.worker.execArgv });
    try {
      const reply = await new Promise<{ ok: true; prepared: PreparedImport } | { ok: false; refused: boolean; message: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the import worker stopped (exit ${code})`)));
        worker.postMessage(job);
      });
      if (!reply.ok) throw reply.refused ? new ImportRefused(reply.message) : new Error(reply.message);
      return reply.prepared;
    } finally {
      void worker.terminate();
    }
  }

  async preview(input: { name: string; bytes: Buffer; country: string; instrument: string | null }): Promise<PreparedImport & { previewId: string }> {
    const prepared = await this.prepare(input);
    const now = Date.now();
    for (const [id, p] of this.previews) if (now - p.at > PREVIEW_TTL_MS) this.previews.delete(id);
    const previewId = randomUUID();
    this.previews.set(previewId, { prepared, bytes: input.bytes, at: now });
    return { ...prepared, previewId };
  }

  /** Saves a previewed import with the user's decisions; a failure leaves the database as it was. */
  commit(previewId: string, decisions: readonly ArticleDecision[]): { fileId: string; saved: number } {
    const p = this.previews.get(previewId);
    if (!p) throw notFound('This import preview has expired or was already saved. Import the file again.', 'previewId');
    const keys = new Set(this.corpus.provisions(p.prepared.country).map((x) => x.key));
    const elements = new Set(this.corpus.elementIds());
    for (const d of decisions) {
      if (!p.prepared.articles.some((a) => a.index === d.index)) throw new ImportRefused(`There is no article number ${d.index} in this import.`);
      if (d.provisionKey && !keys.has(d.provisionKey)) throw new WorkbenchError('INVALID_ARGUMENT', `"${d.provisionKey}" is not a provision of ${p.prepared.country}.`, 'decisions');
      for (const e of d.acceptedElements) if (!elements.has(e)) throw new WorkbenchError('INVALID_ARGUMENT', `"${e}" is not an element of the taxonomy.`, 'decisions');
    }
    const result = this.store.save(p.prepared, p.bytes, decisions);
    this.previews.delete(previewId);
    return result;
  }
}
