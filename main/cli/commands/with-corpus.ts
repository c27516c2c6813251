import { buildCorpus, isCorpusStale } from '../../core/corpus/build-corpus';
import { formatProblem } from '../../core/corpus/corpus-model';
import { CorpusRepository } from '../../core/corpus/corpus-repository';
import { openCorpus } from '../../core/corpus/open-corpus';
import { BUILT_CORPUS_DIR, SOURCE_CORPUS_DIR } from '../../core/paths/project-paths';
import type { CliIo } from '../cli-io';

/**
 * Opens the built corpus. Run from the source tree without --corpus-dir, a missing or stale build is
 * rebuilt first (notes go to stderr, so --json output stays one document).
 */
export function ensureCorpus(flags: { 'corpus-dir'?: string }, io: CliIo): string {
  const dir = flags['corpus-dir'] ?? BUILT_CORPUS_DIR;
  if (!flags['corpus-dir'] && isCorpusStale(SOURCE_CORPUS_DIR, dir)) {
    io.stderr('palermo: building the corpus first...\n');
    const r = buildCorpus(SOURCE_CORPUS_DIR, dir);
    if (!r.ok) throw new Error(`the corpus does not build:\n${r.problems.slice(0, 20).map(formatProblem).join('\n')}`);
  }
  return dir;
}

export function withCorpus<T>(flags: { 'corpus-dir'?: string }, io: CliIo, fn: (repo: CorpusRepository) => T): T {
  const { db, manifest } = openCorpus(ensureCorpus(flags, io));
  const result = fn(new CorpusRepository(db, manifest));
  // Async work (exports) must finish before the database closes.
  if (result instanceof Promise) return result.finally(() => db.close()) as T;
  db.close();
  return result;
}

