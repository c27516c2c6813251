import type { WorkbenchCore } from '../core/workbench-core';
import type { ApiMethod } from './api-methods';
import { notFound, WorkbenchError } from './api-errors';
import { ExportUnavailableError } from '../core/exports/export-service';
import { renderMatrixSvg } from '../core/exports/render-matrix-svg';
import { compareAcross } from '../core/compare/n-way';
import { randomUUID } from 'node:crypto';
import { applyBundle, buildBundle, BUNDLE_EXTENSION, planImport, readBundle, type Bundle } from '../core/drafts/position-bundle';
import { SCORING_PROFILES } from '../core/gaps/scoring-profile';
import type { AppInfo, ARGUMENTS, Results } from './contract';
import type { z } from 'zod';

export type Handlers = { [M in ApiMethod]: (args: z.output<(typeof ARGUMENTS)[M]>) => Results[M] | Promise<Results[M]> };

/** Binds each API method to the core service that answers it. Arguments arrive already validated. */
export function createHandlers(core: WorkbenchCore, app: Omit<AppInfo, 'corpus'>): Handlers {
  const bundlePreviews = new Map<string, Bundle>();
  return {
    getAppInfo: () => ({ ...app, corpus: core.corpus.info() }),
    listJurisdictions: () => core.corpus.jurisdictions(),
    getJurisdiction: ({ code }) => core.corpus.jurisdiction(code) ?? throwError(notFound(`No jurisdiction "${code}" in the corpus.`, 'code')),
    listElements: () => core.corpus.elements(),
    listGroupings: () => core.corpus.groupings(),
    getProvision: ({ key }) => core.corpus.provision(key) ?? throwError(notFound(`No provision "${key}" in the corpus.`, 'key')),
    listScoringProfiles: () => [...SCORING_PROFILES],
    getMatrix: (args) => core.gaps.matrix(args),
    getCountryProfile: ({ code, profile }) => core.gaps.countryProfile(code, profile) ?? throwError(notFound(`No jurisdiction "${code}" in the corpus.`, 'code')),
    getElementAcross: ({ element }) => core.gaps.elementAcross(element) ?? throwError(notFound(`No element "${element}" in the taxonomy.`, 'element')),
    getHarmonization: ({ group }) => core.gaps.harmonization(group) ?? throwError(notFound(`No grouping "${group}".`, 'group')),
    getCoverageCell: ({ code, element }) => {
      const jurisdiction = core.corpus.jurisdictions().find((j) => j.code === code) ?? throwError(notFound(`No jurisdiction "${code}" in the corpus.`, 'code'));
      const el = core.corpus.elements().find((e) => e.id === element) ?? throwError(notFound(`No element "${element}" in the taxonomy.`, 'element'));
      const coverage = core.corpus.coverage(code).find((c) => c.element === element) ?? throwError(notFound(`No status for ${element} in ${code}.`, 'element'));
      const provisions = coverage.provisions.map((k) => core.corpus.provision(k)).filter((p) => p !== null);
      return { jurisdiction, element: el, coverage, provisions };
    },
    search: (req) => core.search.search(req),
    startComparison: (req) => core.compare.start(req),
    getComparison: ({ jobId }) => core.compare.job(jobId),
    cancelComparison: ({ jobId }) => core.compare.cancel(jobId),
    compareAcross: ({ element, codes, lang }) => compareAcross(core.corpus, element, codes, lang),
    listSavedComparisons: () => core.savedComparisons.list(),
    saveComparison: (c) => core.savedComparisons.save(c),
    deleteSavedComparison: ({ id }) => {
      core.savedComparisons.delete(id);
      return { deleted: true as const };
    },
    exportComparison: async ({ format, language, ...req }) => {
      try {
        const file = await core.exports.comparison(core.compare.compare(req), format, language);
        return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
      } catch (e) {
        if (e instanceof ExportUnavailableError) throw new WorkbenchError('UNAVAILABLE', e.message, 'format');
        throw e;
      }
    },
    previewImport: ({ fileName, base64, country, instrument }) => core.imports.preview({ name: fileName, bytes: Buffer.from(base64, 'base64'), country, instrument: instrument ?? null }),
    commitImport: ({ previewId, decisions }) => core.imports.commit(previewId, decisions),
    listImports: () => core.officialTexts.files(),
    deleteImport: ({ fileId }) => {
      if (!core.officialTexts.deleteFile(fileId)) throw notFound(`No imported file "${fileId}".`, 'fileId');
      return { deleted: true as const };
    },
    getOfficialTexts: ({ key }) => core.officialTexts.forProvision(key),
    listOfficialTextKeys: ({ country }) => core.officialTexts.keysFor(country),
    listDrafts: () => core.drafts.list(),
    getDraft: ({ id }) => core.drafts.get(id),
    createDraft: (d) => core.drafting.create(d),
    saveDraft: ({ id, text, kind, baseVersion }) => core.drafts.save(id, text, kind, baseVersion),
    updateDraft: ({ id, patch }) => core.drafts.update(id, patch),
    deleteDraft: ({ id }) => {
      core.drafts.delete(id);
      return { deleted: true as const };
    },
    listDraftVersions: ({ id }) => core.drafts.versions(id),
    getDraftVersion: ({ id, seq }) => ({ seq, text: core.drafts.versionText(id, seq) }),
    restoreDraftVersion: ({ id, seq }) => core.drafts.restore(id, seq),
    suggestForDraft: ({ id }) => core.drafting.suggest(id),
    whatIfCoverage: ({ id, profile }) => core.drafting.whatIf(id, profile),
    comparativePrint: ({ id, against }) => core.drafting.comparativePrint(id, against),
    exportComparativePrint: async ({ id, against, format, language }) => {
      const file = await core.exports.comparison(core.drafting.comparativePrint(id, against), format, language, 'comparative-print');
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    },
    addNote: (n) => core.notes.add(n),
    updateNote: ({ id, ...patch }) => core.notes.update(id, patch),
    deleteNote: ({ id }) => {
      core.notes.delete(id);
      return { deleted: true as const };
    },
    searchNotes: (q) => ({ notes: core.notes.search(q), tags: core.notes.tags() }),
    exportBundle: (sel) => {
      const bundle = buildBundle(core.userDb, sel, core.corpus.info().version);
      const name = `${sel.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'positions'}${BUNDLE_EXTENSION}`;
      return { fileName: name, mimeType: 'application/x-palermo-bundle', base64: Buffer.from(JSON.stringify(bundle, null, 1), 'utf8').toString('base64') };
    },
    previewBundle: ({ base64 }) => {
      const bundle = readBundle(Buffer.from(base64, 'base64').toString('utf8'));
      const previewId = randomUUID();
      bundlePreviews.set(previewId, bundle);
      return { previewId, title: bundle.title, createdAt: bundle.createdAt, corpusVersion: bundle.corpusVersion, plan: planImport(core.userDb, bundle) };
    },
    importBundle: ({ previewId }) => {
      const bundle = bundlePreviews.get(previewId) ?? throwError(notFound('This bundle preview has expired or was already imported. Open the file again.', 'previewId'));
      const r = applyBundle(core.userDb, bundle);
      bundlePreviews.delete(previewId);
      core.drafts.version++;
      return r;
    },
    exportEverything: () => {
      // Everything the user wrote, in one file they can keep: every draft (all versions), note and comparison.
      const bundle = buildBundle(core.userDb, { title: 'Everything I wrote', draftIds: core.drafts.list().map((d) => d.id), noteIds: core.notes.search({}).map((n) => n.id), comparisonIds: core.savedComparisons.list().map((c) => c.id) }, core.corpus.info().version);
      return { fileName: `palermo-everything-${new Date().toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`, mimeType: 'application/x-palermo-bundle', base64: Buffer.from(JSON.stringify(bundle, null, 1), 'utf8').toString('base64') };
    },
    getStartupNotices: () => core.notices,
    exportBriefing: async (req) => {
      try {
        const file = (await core.exports.briefing(req)) ?? throwError(notFound(`No ${req.kind} "${req.id}" to export.`, 'id'));
        return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
      } catch (e) {
        if (e instanceof ExportUnavailableError) throw new WorkbenchError('UNAVAILABLE', e.message, 'format');
        throw e;
      }
    },
    exportMatrix: ({ format, ...opts }) => {
      const today = new Date().toISOString().slice(0, 10);
      if (format === 'csv') return { fileName: `palermo-matrix-${today}.csv`, mimeType: 'text/csv; charset=utf-8', base64: Buffer.from(core.exports.matrixCsv(opts), 'utf8').toString('base64') };
      const svg = renderMatrixSvg(core.gaps.matrix(opts), opts.language ?? 'en');
      return { fileName: `palermo-matrix-${today}.svg`, mimeType: 'image/svg+xml', base64: Buffer.from(svg, 'utf8').toString('base64') };
    },
    getSettings: () => core.settings.all(),
    updateSettings: ({ patch }) => core.settings.update(patch),
  };
}

function throwError(e: Error): never {
  throw e;
}
