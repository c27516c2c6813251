import { parseArgs } from 'node:util';
import { CompareService } from '../../core/compare/compare-service';
import type { TextRef } from '../../core/compare/text-ref';
import { WorkbenchError } from '../../core/workbench-error';
import { type CliIo, UsageError, printJson } from '../cli-io';
import { withCorpus } from './with-corpus';

/** "GTM/cp/202-ter@2012-01-01" -> a provision reference in force on that day. */
function parseRef(arg: string, lang: 'en' | 'es'): TextRef {
  const m = /^([A-Z]{3}\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9.-]*)(?:@(\d{4}-\d{2}-\d{2}))?$/.exec(arg);
  if (!m) throw new UsageError(`"${arg}" is not a provision key, optionally with @YYYY-MM-DD (e.g. ARG/ley-26364/2@2010-01-01)`);
  return { kind: 'provision', key: m[1], at: m[2], lang };
}

/** `palermo compare <keyA>[@date] <keyB>[@date] [--sentence] [--lang en|es] [--json]` */
export function compareCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, sentence: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, 'corpus-dir': { type: 'string' } },
    strict: true,
  });
  if (positionals.length !== 2) throw new UsageError('expected two provision keys: palermo compare ARG/ley-26364/2@2010-01-01 ARG/ley-26364/2');
  if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError('--lang must be en or es');
  const [left, right] = positionals.map((p) => parseRef(p, values.lang as 'en' | 'es'));
  return withCorpus({ 'corpus-dir': values['corpus-dir'] }, io, (repo) => {
    let r;
    try {
      r = new CompareService(repo).compare({ left, right, granularity: values.sentence ? 'sentence' : 'word' });
    } catch (e) {
      if (e instanceof WorkbenchError) throw new UsageError(e.message);
      throw e;
    }
    const side = (t: typeof r.left) => ({ key: t.key ?? null, version: t.version ? { from: t.version.from, to: t.version.to, current: t.version.current } : null, source: t.source });
    if (values.json) {
      printJson(io, {
        left: side(r.left),
        right: side(r.right),
        changes: r.changes.map((c) => ({ op: c.op, text: c.text })),
        attributes: { onlyLeft: r.substance.all.onlyLeft, onlyRight: r.substance.all.onlyRight, both: r.substance.all.both },
      });
      return 0;
    }
    io.stdout(`${r.left.label}\n  vs ${r.right.label}\n\n`);
    io.stdout(`${r.changes.map((c) => (c.op === 'equal' ? c.text : c.op === 'insert' ? `{+${c.text}+}` : `[-${c.text}-]`)).join('')}\n\n`);
    io.stdout(r.identical ? 'no differences\n' : `${r.changeCount} change(s); elements only left: ${r.substance.all.onlyLeft.join(', ') || '—'}; only right: ${r.substance.all.onlyRight.join(', ') || '—'}\n`);
    return 0;
  });
}
