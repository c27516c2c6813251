import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultUserDataDir } from '../../core/paths/user-data-dir';
import { openWorkbench } from '../../core/workbench-core';
import { WorkbenchError } from '../../core/workbench-error';
import { MAX_IMPORT_BYTES } from '../../core/importers/file-kind';
import { type CliIo, UsageError, printJson } from '../cli-io';
import { ensureCorpus } from './with-corpus';

/**
 * `palermo import FILE --country ISO3 [--instrument KEY] [--dry-run] [--json] [--data-dir DIR]`
 * Without --dry-run the articles are saved with the proposed alignment; suggested elements are shown
 * but never applied (that takes the user's acceptance, in the app).
 */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      country: { type: 'string' },
      instrument: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'corpus-dir': { type: 'string' },
    },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('expected one file: palermo import FILE --country ISO3');
  if (!values.country) throw new UsageError('--country ISO3 is required');
  const path = resolve(positionals[0]);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UsageError(`cannot read "${positionals[0]}"`);
  }
  if (size > MAX_IMPORT_BYTES) throw new UsageError(`${basename(path)} is ${(size / 1024 / 1024).toFixed(1)} MB; the importer takes files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const corpusDir = ensureCorpus({ 'corpus-dir': values['corpus-dir'] }, io);
  const dataDir = resolve(values['data-dir'] ?? defaultUserDataDir(process.platform, process.env, homedir()));
  const core = openWorkbench({ corpusDir, dataDir });
  try {
    const country = values.country.toUpperCase();
    const input = { name: basename(path), bytes: readFileSync(path), country, instrument: values.instrument ?? null };
    const prepared = values['dry-run'] ? await core.imports.prepare(input) : await core.imports.preview(input);
    let saved: { fileId: string; saved: number } | null = null;
    if (!values['dry-run'] && 'previewId' in prepared) saved = core.imports.commit(prepared.previewId as string, prepared.articles.map((a) => ({ index: a.index, provisionKey: a.proposedProvision, acceptedElements: [] })));
    if (values.json) {
      printJson(io, {
        articles: prepared.articles.map((a) => ({ label: a.label, number: a.number, heading: a.heading, text: a.text, amends: a.amends, provision: a.proposedProvision, suggestions: a.suggestions.map((s) => ({ element: s.element, confidence: s.confidence, evidence: s.evidence })) })),
        warnings: prepared.warnings,
        saved,
      });
    } else {
      for (const a of prepared.articles) io.stdout(`${a.label.padEnd(22)} ${(a.proposedProvision ?? '—').padEnd(26)} ${a.amends ? `amends ${a.amends.instrument} art. ${a.amends.article}  ` : ''}${a.suggestions.slice(0, 4).map((s) => s.element).join(', ')}\n`);
      for (const w of prepared.warnings) io.stderr(`warning: ${w}\n`);
      io.stdout(saved ? `saved ${saved.saved} articles from ${input.name} into ${dataDir}\n` : `dry run: ${prepared.articles.length} articles, nothing saved\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof WorkbenchError) throw new UsageError(e.message);
    throw e;
  } finally {
    core.close();
  }
}
