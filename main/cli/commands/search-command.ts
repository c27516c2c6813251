import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { CORPUS_MANIFEST_FILE, type CorpusManifest } from '../../core/corpus/build-corpus';
import { BUILT_CORPUS_DIR } from '../../core/paths/project-paths';
import { SearchService } from '../../core/search/search-service';
import { WorkbenchError } from '../../core/workbench-error';
import { type CliIo, UsageError, printJson } from '../cli-io';
import { withCorpus } from './with-corpus';

/** `palermo search "<query>" [--lang en|es|pt|fr|all] [--country ISO3 ...] [--limit N] [--json]` */
export function searchCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'all' },
      country: { type: 'string', multiple: true },
      limit: { type: 'string', default: '20' },
      historical: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'corpus-dir': { type: 'string' },
    },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('expected one query, in quotes: palermo search "consentimiento irrelevante"');
  if (!['en', 'es', 'pt', 'fr', 'all'].includes(values.lang as string)) throw new UsageError('--lang must be en, es, pt, fr or all');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be a whole number from 1 to 500');
  const dir = values['corpus-dir'] ?? BUILT_CORPUS_DIR;
  return withCorpus({ 'corpus-dir': values['corpus-dir'] }, io, (repo) => {
    const manifest = JSON.parse(readFileSync(join(dir, CORPUS_MANIFEST_FILE), 'utf8')) as CorpusManifest;
    const service = new SearchService(repo, dir, manifest, () => repo.elementsWithLexicon());
    const codes = values.country?.map((c) => c.toUpperCase());
    for (const c of codes ?? []) if (!repo.hasJurisdiction(c)) throw new UsageError(`unknown country "${c}"`);
    let result;
    try {
      result = service.search({ q: positionals[0], lang: values.lang as 'all', countries: codes, limit, status: values.historical ? 'any' : 'in-force' });
    } catch (e) {
      if (e instanceof WorkbenchError) throw new UsageError(e.message);
      throw e;
    }
    if (values.json) {
      printJson(io, result);
      return 0;
    }
    for (const e of result.elements) io.stdout(`element  ${e.element}  (${e.reason}; ${e.counts.full} full, ${e.counts.partial} partial, ${e.counts.absent} absent)\n`);
    for (const g of result.groups) {
      io.stdout(`\n${g.jurisdiction}\n`);
      for (const ins of g.instruments) for (const h of ins.hits) io.stdout(`  ${h.key.padEnd(28)} ${h.score.toFixed(2)}  ${h.heading}\n`);
    }
    io.stdout(`\n${result.total} result${result.total === 1 ? '' : 's'} (${result.elapsedMs} ms)\n`);
    return 0;
  });
}
