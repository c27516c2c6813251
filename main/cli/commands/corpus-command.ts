import { parseArgs } from 'node:util';
import { buildCorpus, isCorpusStale } from '../../core/corpus/build-corpus';
import { checkCorpus } from '../../core/corpus/check-corpus';
import { readCorpusSources } from '../../core/corpus/corpus-files';
import { formatProblem } from '../../core/corpus/corpus-model';
import { BUILT_CORPUS_DIR, SOURCE_CORPUS_DIR } from '../../core/paths/project-paths';
import { type CliIo, UsageError, printJson } from '../cli-io';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { installPackage, PACKAGE_EXTENSION, packCorpus, previewPackage, rollbackCorpus } from '../../core/corpus-updates/corpus-package';
import { defaultUserDataDir } from '../../core/paths/user-data-dir';
import { WorkbenchError } from '../../core/workbench-error';

/** `palermo corpus check|build [--source DIR] [--out DIR] [--if-stale] [--json]` */
export async function corpusCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals: positional } = parseArgs({
    args: rest,
    options: {
      source: { type: 'string', default: SOURCE_CORPUS_DIR },
      out: { type: 'string', default: BUILT_CORPUS_DIR },
      'if-stale': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      previous: { type: 'string' },
      'data-dir': { type: 'string' },
      'allow-older': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  const dataDir = resolve(values['data-dir'] ?? defaultUserDataDir(process.platform, process.env, homedir()));
  try {
    if (sub === 'pack') {
      const bytes = await packCorpus(values.out, values.previous ?? null);
      const file = positional[0] ?? `palermo-corpus${PACKAGE_EXTENSION}`;
      writeFileSync(file, bytes);
      io.stderr(`corpus pack: wrote ${file} (${bytes.length} bytes)\n`);
      return 0;
    }
    if (sub === 'install') {
      if (!positional[0]) throw new UsageError('expected a corpus package: palermo corpus install FILE');
      const bytes = readFileSync(positional[0]);
      const preview = await previewPackage(bytes, values.out, dataDir);
      const installed = await installPackage(bytes, values.out, dataDir, { allowOlder: values['allow-older'] });
      if (values.json) printJson(io, { ...installed, changes: preview.changes });
      else io.stderr(`corpus install: ${installed.version} is now in use (previous: ${installed.previous}); ${preview.changes.provisionsChanged.length} provisions changed, ${preview.changes.statusesMoved.length} statuses moved\n`);
      return 0;
    }
    if (sub === 'rollback') {
      const r = rollbackCorpus(dataDir);
      io.stderr(`corpus rollback: ${r.active} is now in use\n`);
      return 0;
    }
  } catch (e) {
    if (e instanceof WorkbenchError) throw new UsageError(e.message);
    throw e;
  }
  if (sub === 'check') {
    const all = checkCorpus(readCorpusSources(values.source)).problems;
    // --only narrows the report to files under a path prefix (e.g. jurisdictions/GTM); the check still reads everything.
    const problems = values.only ? all.filter((p) => p.file.startsWith(values.only as string)) : all;
    if (values.json) printJson(io, { ok: problems.length === 0, problems });
    else if (problems.length === 0) io.stdout('corpus check: no problems\n');
    else {
      for (const p of problems) io.stderr(`${formatProblem(p)}\n`);
      io.stderr(`corpus check: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    }
    return problems.length === 0 ? 0 : 1;
  }
  if (sub === 'build') {
    if (values['if-stale'] && !isCorpusStale(values.source, values.out)) {
      if (!values.json) io.stderr('corpus build: up to date\n');
      return 0;
    }
    const result = buildCorpus(values.source, values.out);
    if (!result.ok) {
      for (const p of result.problems) io.stderr(`${formatProblem(p)}\n`);
      io.stderr(`corpus build: refused, ${result.problems.length} problem(s); run \`npm run corpus:check\`\n`);
      return 1;
    }
    if (values.json) printJson(io, result.manifest);
    else {
      const c = result.manifest.counts;
      io.stderr(
        `corpus build: version ${result.manifest.version} (${c.jurisdictions} jurisdictions, ${c.elements} elements, ${c.instruments} instruments, ${c.provisions} provisions) -> ${result.outDir}\n`,
      );
    }
    return 0;
  }
  throw new UsageError(`unknown corpus command "${sub ?? ''}" (expected check, build, pack, install or rollback)`);
}
