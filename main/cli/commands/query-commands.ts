import { parseArgs } from 'node:util';
import type { CorpusRepository } from '../../core/corpus/corpus-repository';
import { withCorpus } from './with-corpus';
import { type CliIo, UsageError, printJson } from '../cli-io';

interface CommonFlags {
  json: boolean;
  lang: 'en' | 'es';
  'corpus-dir'?: string;
}

const COMMON = {
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'en' },
  'corpus-dir': { type: 'string' },
  country: { type: 'string' },
} as const;

function parse(args: string[], allowPositionals = false) {
  const { values, positionals } = parseArgs({ args, options: COMMON, strict: true, allowPositionals });
  if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError(`--lang must be en or es, got "${values.lang}"`);
  return { flags: values as CommonFlags & { country?: string }, positionals };
}

function requireCountry(repo: CorpusRepository, country: string | undefined): string {
  if (!country) throw new UsageError('--country ISO3 is required');
  const code = country.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !repo.hasJurisdiction(code)) throw new UsageError(`unknown country "${country}"`);
  return code;
}

function table(io: CliIo, rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  for (const r of rows) io.stdout(`${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}\n`);
}

export const queryCommands = {
  jurisdictions(args: string[], io: CliIo): number {
    const { flags } = parse(args);
    return withCorpus(flags, io, (repo) => {
      const list = repo.jurisdictions().map((j) => ({ code: j.code, name: j.name[flags.lang], region: j.subregion, groups: j.groups }));
      if (flags.json) printJson(io, list);
      else table(io, [['CODE', 'NAME', 'REGION', 'GROUPS'], ...list.map((j) => [j.code, j.name, j.region, j.groups.join(', ')])]);
      return 0;
    });
  },

  elements(args: string[], io: CliIo): number {
    const { flags } = parse(args);
    return withCorpus(flags, io, (repo) => {
      const list = repo.elements().map((e) => ({ id: e.id, pillar: e.pillar, level: e.level, source: e.source, label: e.label[flags.lang], description: e.description[flags.lang] }));
      if (flags.json) printJson(io, list);
      else table(io, [['ID', 'PILLAR', 'LEVEL', 'LABEL'], ...list.map((e) => [e.id, e.pillar, e.level, e.label])]);
      return 0;
    });
  },

  coverage(args: string[], io: CliIo): number {
    const { flags } = parse(args);
    return withCorpus(flags, io, (repo) => {
      const code = requireCountry(repo, flags.country);
      const list = repo.coverage(code).map((c) => ({ element: c.element, status: c.status, provisions: c.provisions, rationale: c.rationale[flags.lang] }));
      if (flags.json) printJson(io, list);
      else table(io, [['ELEMENT', 'STATUS', 'PROVISIONS'], ...list.map((c) => [c.element, c.status, c.provisions.join(', ')])]);
      return 0;
    });
  },

  provisions(args: string[], io: CliIo): number {
    const { flags } = parse(args);
    return withCorpus(flags, io, (repo) => {
      const code = requireCountry(repo, flags.country);
      const list = repo.provisions(code).map((p) => ({ key: p.key, label: p.label, instrument: p.instrument, digest: p.digest[flags.lang], attributes: p.attributes, source: p.source }));
      if (flags.json) printJson(io, list);
      else table(io, [['KEY', 'LABEL', 'INSTRUMENT'], ...list.map((p) => [p.key, p.label, p.instrument])]);
      return 0;
    });
  },

  provision(args: string[], io: CliIo): number {
    const { flags, positionals } = parse(args, true);
    if (positionals.length !== 1) throw new UsageError('expected one provision key, e.g. `palermo provision GTM/cp/202-ter`');
    return withCorpus(flags, io, (repo) => {
      const p = repo.provision(positionals[0]);
      if (!p) throw new UsageError(`unknown provision "${positionals[0]}"`);
      const out = { key: p.key, label: p.label, number: p.number, instrument: p.instrument, heading: p.heading[flags.lang], digest: p.digest[flags.lang], attributes: p.attributes, status: p.status, inForce: p.inForce, versions: p.versions.map((v) => ({ from: v.from, to: v.to, amendedBy: v.amendedBy, current: v.current, digest: v.digest[flags.lang] })), source: p.source };
      if (flags.json) printJson(io, out);
      else {
        io.stdout(`${p.key}  ${p.label} — ${out.heading}\n\n${out.digest}\n`);
        const pen = p.attributes.penalty;
        if (pen) io.stdout(`\nPenalty: ${pen.minYears ?? '?'}–${pen.life ? 'life' : (pen.maxYears ?? '?')} years${pen.fine ? `; ${pen.fine}` : ''}\n`);
        io.stdout(`Source: ${p.source.url} (${p.source.kind}, checked ${p.source.checked})\n`);
      }
      return 0;
    });
  },
};
