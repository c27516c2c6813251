import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CorpusRepository } from '../../core/corpus/corpus-repository';
import { chromiumPdfPrinter } from '../../core/exports/chromium-pdf-printer';
import { ExportService } from '../../core/exports/export-service';
import { renderMatrixSvg } from '../../core/exports/render-matrix-svg';
import { GapService } from '../../core/gaps/gap-service';
import { type CliIo, UsageError } from '../cli-io';
import { withCorpus } from './with-corpus';

const FORMATS = ['pdf', 'docx', 'md', 'csv', 'html'] as const;

function services(repo: CorpusRepository) {
  const gaps = new GapService(repo);
  return { gaps, exports: new ExportService(repo, gaps, chromiumPdfPrinter()) };
}

export const reportCommands = {
  /** `palermo report --country ISO3 | --element ID | --group ID --format pdf|docx|md|csv|html --out FILE [--lang en|es]` */
  async report(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        country: { type: 'string' },
        element: { type: 'string' },
        group: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        profile: { type: 'string' },
        'corpus-dir': { type: 'string' },
      },
      strict: true,
    });
    const targets = [['country', values.country], ['element', values.element], ['group', values.group]].filter(([, v]) => v);
    if (targets.length !== 1) throw new UsageError('give exactly one of --country, --element or --group');
    if (!(FORMATS as readonly string[]).includes(values.format as string)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError('--lang must be en or es');
    const [kind, raw] = targets[0] as ['country' | 'element' | 'group', string];
    const id = kind === 'country' ? raw.toUpperCase() : raw;
    const file = await withCorpus({ 'corpus-dir': values['corpus-dir'] }, io, (repo) =>
      services(repo).exports.briefing({ kind, id, format: values.format as (typeof FORMATS)[number], language: values.lang as 'en' | 'es', profile: values.profile }),
    );
    if (!file) throw new UsageError(`unknown ${kind} "${raw}"`);
    if (values.out) {
      writeFileSync(values.out, file.bytes);
      io.stderr(`palermo: wrote ${values.out} (${file.bytes.length} bytes)\n`);
    } else if (values.format === 'md' || values.format === 'csv' || values.format === 'html') io.stdout(file.bytes.toString('utf8'));
    else throw new UsageError(`--out FILE is required for ${values.format}`);
    return 0;
  },

  /** `palermo matrix --csv | --svg [--out FILE] [--group ID] [--sort name|score]` */
  matrix(args: string[], io: CliIo): number {
    const { values } = parseArgs({
      args,
      options: {
        csv: { type: 'boolean', default: false },
        svg: { type: 'boolean', default: false },
        out: { type: 'string' },
        group: { type: 'string', multiple: true },
        sort: { type: 'string', default: 'name' },
        profile: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        'corpus-dir': { type: 'string' },
      },
      strict: true,
    });
    if (values.csv === values.svg) throw new UsageError('give one of --csv or --svg');
    if (values.sort !== 'name' && values.sort !== 'score') throw new UsageError('--sort must be name or score');
    const language = values.lang === 'es' ? 'es' : 'en';
    const opts = { groups: values.group, sort: values.sort as 'name' | 'score', profile: values.profile, language } as const;
    const text = withCorpus({ 'corpus-dir': values['corpus-dir'] }, io, (repo) => {
      const s = services(repo);
      return values.csv ? s.exports.matrixCsv(opts) : renderMatrixSvg(s.gaps.matrix(opts), language);
    });
    if (values.out) writeFileSync(values.out, text);
    else io.stdout(text);
    return 0;
  },
};
