import type { z } from 'zod';
import {
  CoverageFile,
  ElementFile,
  GroupingFile,
  InstrumentFile,
  Jurisdiction,
  PILLARS,
  ProvisionFile,
  Subregion,
} from '../../../corpus/schema';
import type { CorpusSources, SourceFile } from './corpus-files';
import type { CorpusModel, CorpusProblem, JurisdictionBundle } from './corpus-model';

export interface CheckResult {
  problems: CorpusProblem[];
  /** Present only when there are no problems. */
  model: CorpusModel | null;
}

function joinPath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Validates one file against its schema, collecting every issue rather than stopping at the first. */
function validate<T extends z.ZodType>(file: SourceFile | undefined | null, schema: T, expected: string, problems: CorpusProblem[]): z.infer<T> | null {
  if (!file) {
    problems.push({ file: expected, path: '', message: 'file is missing' });
    return null;
  }
  if (file.parseErrors.length) {
    for (const m of file.parseErrors) problems.push({ file: file.path, path: '', message: m });
    return null;
  }
  const r = schema.safeParse(file.data);
  if (!r.success) {
    for (const issue of r.error.issues) problems.push({ file: file.path, path: joinPath(issue.path), message: issue.message });
    return null;
  }
  return r.data;
}

function rawElementIds(data: unknown): string[] {
  const list = (data as { elements?: unknown } | undefined)?.elements;
  if (!Array.isArray(list)) return [];
  return list.map((e) => (e as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
}

/** Finds placeholder text left by a skeleton ("TODO") anywhere in a file. */
function findPlaceholders(file: SourceFile, data: unknown, problems: CorpusProblem[], path: string[] = []): void {
  if (typeof data === 'string') {
    if (/^\s*(TODO|TBD|FIXME)\b/.test(data)) problems.push({ file: file.path, path: path.join('.'), message: 'placeholder text left in the corpus' });
  } else if (Array.isArray(data)) {
    data.forEach((v, i) => findPlaceholders(file, v, problems, [...path, String(i)]));
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) findPlaceholders(file, v, problems, [...path, k]);
  }
}

/**
 * Checks every corpus file against the schema and the corpus's referential rules, and returns
 * every problem found (not just the first), or the validated model when there is none.
 */
export function checkCorpus(sources: CorpusSources): CheckResult {
  const problems: CorpusProblem[] = [];
  const all = [sources.groupings, ...sources.elements, ...[...sources.jurisdictions.values()].flatMap((j) => [j.jurisdiction, j.instruments, j.provisions, j.coverage])];
  for (const f of all) if (f && !f.parseErrors.length) findPlaceholders(f, f.data, problems);

  const groupingFile = validate(sources.groupings, GroupingFile, 'groupings.yaml', problems);
  const groupings = groupingFile?.groupings ?? [];
  const groupIds = new Set(groupings.filter((g) => g.kind === 'group').map((g) => g.id));
  for (const s of Subregion.options) {
    if (groupingFile && !groupings.some((g) => g.kind === 'subregion' && g.id === s)) {
      problems.push({ file: 'groupings.yaml', path: 'groupings', message: `sub-region "${s}" has no entry` });
    }
  }

  const elements: CorpusModel['elements'] = [];
  const elementFiles = new Map<string, string>();
  if (sources.elements.length === 0) problems.push({ file: 'elements/', path: '', message: 'no element files' });
  for (const f of sources.elements) {
    const parsed = validate(f, ElementFile, f.path, problems);
    if (!parsed) {
      // Keep the IDs of a file that does not validate yet, so jurisdictions are not flooded with "unknown element" errors.
      for (const id of rawElementIds(f.data)) elementFiles.set(id, f.path);
      continue;
    }
    const pillar = f.path.replace(/^elements\//, '').replace(/\.yaml$/, '');
    if (!(PILLARS as readonly string[]).includes(pillar)) problems.push({ file: f.path, path: '', message: `file name must be a pillar (${PILLARS.join(', ')})` });
    parsed.elements.forEach((e, i) => {
      if (elementFiles.has(e.id)) problems.push({ file: f.path, path: `elements.${i}.id`, message: `duplicate element ID "${e.id}" (also in ${elementFiles.get(e.id)})` });
      if (e.pillar !== pillar) problems.push({ file: f.path, path: `elements.${i}.pillar`, message: `element of pillar "${e.pillar}" filed under "${pillar}"` });
      elementFiles.set(e.id, f.path);
      elements.push(e);
    });
  }
  const elementIds = new Set(elementFiles.keys());

  const bundles: JurisdictionBundle[] = [];
  const instrumentOwner = new Map<string, string>();
  const provisionOwner = new Map<string, string>();
  const pending: Array<() => void> = [];

  for (const [code, files] of sources.jurisdictions) {
    const dir = `jurisdictions/${code}`;
    for (const u of files.unknown) problems.push({ file: u, path: '', message: 'unexpected file (expected jurisdiction, instruments, provisions, coverage .yaml)' });
    const jurisdiction = validate(files.jurisdiction, Jurisdiction, `${dir}/jurisdiction.yaml`, problems);
    const instruments = validate(files.instruments, InstrumentFile, `${dir}/instruments.yaml`, problems)?.instruments;
    const provisions = validate(files.provisions, ProvisionFile, `${dir}/provisions.yaml`, problems)?.provisions;
    const coverage = validate(files.coverage, CoverageFile, `${dir}/coverage.yaml`, problems)?.coverage;
    const jf = `${dir}/jurisdiction.yaml`;
    const inf = `${dir}/instruments.yaml`;
    const pf = `${dir}/provisions.yaml`;
    const cf = `${dir}/coverage.yaml`;

    if (jurisdiction) {
      if (jurisdiction.code !== code) problems.push({ file: jf, path: 'code', message: `code "${jurisdiction.code}" does not match its folder "${code}"` });
      jurisdiction.groups.forEach((g, i) => {
        if (!groupIds.has(g)) problems.push({ file: jf, path: `groups.${i}`, message: `unknown grouping "${g}" (see groupings.yaml)` });
      });
    }
    instruments?.forEach((ins, i) => {
      if (!ins.key.startsWith(`${code}/`)) problems.push({ file: inf, path: `instruments.${i}.key`, message: `key "${ins.key}" must start with "${code}/"` });
      if (instrumentOwner.has(ins.key)) problems.push({ file: inf, path: `instruments.${i}.key`, message: `duplicate instrument key "${ins.key}"` });
      instrumentOwner.set(ins.key, inf);
    });
    const ownInstruments = new Map((instruments ?? []).map((x) => [x.key, x]));
    provisions?.forEach((p, i) => {
      const at = `provisions.${i}`;
      if (provisionOwner.has(p.key)) problems.push({ file: pf, path: `${at}.key`, message: `duplicate provision key "${p.key}"` });
      provisionOwner.set(p.key, pf);
      if (!p.key.startsWith(`${p.instrument}/`)) problems.push({ file: pf, path: `${at}.key`, message: `key "${p.key}" must start with its instrument key "${p.instrument}/"` });
      if (instruments && !ownInstruments.has(p.instrument)) problems.push({ file: pf, path: `${at}.instrument`, message: `instrument "${p.instrument}" is not in ${inf}` });
      const versions = [{ attributes: p.attributes, where: `${at}.attributes` }, ...p.history.map((h, k) => ({ attributes: h.attributes, where: `${at}.history.${k}.attributes` }))];
      for (const { attributes: a, where } of versions) {
        const groupsOf: Array<[string, string[], string]> = [
          ['acts', a.acts, 'def.act.'],
          ['means', a.means, 'def.means.'],
          ['purposes', a.purposes, 'def.purpose.'],
          ['elements', a.elements, ''],
        ];
        for (const [name, ids, prefix] of groupsOf) {
          ids.forEach((id, k) => {
            if (!elementIds.has(id)) problems.push({ file: pf, path: `${where}.${name}.${k}`, message: `unknown element ID "${id}"` });
            else if (prefix && !id.startsWith(prefix)) problems.push({ file: pf, path: `${where}.${name}.${k}`, message: `"${id}" is not a ${name.replace(/s$/, '')} element (${prefix}*)` });
          });
        }
        a.aggravating.forEach((g, k) => {
          if (!elementIds.has(g.element)) problems.push({ file: pf, path: `${where}.aggravating.${k}.element`, message: `unknown element ID "${g.element}"` });
        });
      }
      let last = '';
      p.history.forEach((h, k) => {
        if (h.to <= last) problems.push({ file: pf, path: `${at}.history.${k}.to`, message: 'versions must be listed oldest first' });
        if (h.from && h.from > h.to) problems.push({ file: pf, path: `${at}.history.${k}.from`, message: 'a version cannot end before it starts' });
        last = h.to;
      });
      pending.push(() => {
        const refs: Array<[string | undefined, string]> = [
          [p.inForce.introducedBy, `${at}.inForce.introducedBy`],
          ...p.history.flatMap((h, k): Array<[string | undefined, string]> => [
            [h.amendedBy, `${at}.history.${k}.amendedBy`],
            [h.introducedBy, `${at}.history.${k}.introducedBy`],
          ]),
        ];
        for (const [ref, path] of refs) if (ref && !instrumentOwner.has(ref)) problems.push({ file: pf, path, message: `unknown instrument "${ref}"` });
      });
    });
    pending.push(() => {
      instruments?.forEach((ins, i) => {
        for (const [field, refs] of [['amends', ins.amends], ['amendedBy', ins.amendedBy]] as const) {
          refs.forEach((r, k) => {
            if (!instrumentOwner.has(r)) problems.push({ file: inf, path: `instruments.${i}.${field}.${k}`, message: `unknown instrument "${r}"` });
          });
        }
      });
    });
    if (coverage) {
      const seen = new Set<string>();
      coverage.forEach((c, i) => {
        const at = `coverage.${i}`;
        if (!elementIds.has(c.element)) problems.push({ file: cf, path: `${at}.element`, message: `unknown element ID "${c.element}"` });
        if (seen.has(c.element)) problems.push({ file: cf, path: `${at}.element`, message: `element "${c.element}" has more than one status` });
        seen.add(c.element);
        const cited = [...c.provisions.map((k, n) => [k, `${at}.provisions.${n}`] as const), ...c.history.flatMap((h, hk) => h.provisions.map((k, n) => [k, `${at}.history.${hk}.provisions.${n}`] as const))];
        for (const [k, path] of cited) {
          if (!k.startsWith(`${code}/`)) problems.push({ file: cf, path, message: `provision "${k}" belongs to another jurisdiction` });
          else if (provisions && !provisions.some((p) => p.key === k)) problems.push({ file: cf, path, message: `provision "${k}" is not in ${pf}` });
        }
        c.history.forEach((h, hk) => {
          pending.push(() => {
            if (!instrumentOwner.has(h.amendedBy)) problems.push({ file: cf, path: `${at}.history.${hk}.amendedBy`, message: `unknown instrument "${h.amendedBy}"` });
          });
        });
      });
      for (const id of elementIds) if (!seen.has(id)) problems.push({ file: cf, path: 'coverage', message: `no status for element "${id}"` });
    }
    if (jurisdiction && instruments && provisions && coverage) bundles.push({ jurisdiction, instruments, provisions, coverage });
  }
  for (const run of pending) run();
  problems.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1));
  return { problems, model: problems.length ? null : { elements, groupings, jurisdictions: bundles } };
}
