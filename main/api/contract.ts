import { z } from 'zod';
import type { ApiMethod } from './api-methods';
import type { ApiResult } from './api-result';
import type {
  CorpusInfo,
  ElementView,
  GroupingView,
  JurisdictionDetail,
  JurisdictionSummary,
  ProvisionView,
} from '../core/corpus/corpus-types';
import { SettingsSchema, type Settings } from '../core/settings/settings-store';
import type { CountryProfile, ElementAcross, Harmonization } from '../core/gaps/gap-service';
import type { Matrix } from '../core/gaps/matrix';
import type { ScoringProfile } from '../core/gaps/scoring-profile';
import type { SearchResponse } from '../core/search/search-service';
import type { CompareJob } from '../core/compare/compare-types';
import type { NWayComparison } from '../core/compare/n-way';
import type { SavedComparison } from '../core/compare/saved-comparisons';
import type { PreparedImport } from '../core/importers/prepare-import';
import type { ImportedFileSummary, OfficialText } from '../core/importers/official-text-store';
import type { Draft, DraftVersion } from '../core/drafts/draft-store';
import type { Note } from '../core/drafts/note-store';
import type { SuggestionWithRanges, WhatIf } from '../core/drafts/what-if';
import type { BundlePlanEntry } from '../core/drafts/position-bundle';
import type { StartupNotice } from '../core/userdata/user-db';
import type { CompareResult } from '../core/compare/compare-types';

export type { ApiError, ApiErrorCode, ApiResult } from './api-result';
export type { ApiMethod } from './api-methods';
export type * from '../core/corpus/corpus-types';
export type { Settings } from '../core/settings/settings-store';
export type { CountryProfile, ElementAcross, Harmonization } from '../core/gaps/gap-service';
export type { Matrix, MatrixRow } from '../core/gaps/matrix';
export type { ScoringProfile } from '../core/gaps/scoring-profile';
export type { SearchHit, SearchResponse } from '../core/search/search-service';
export type { CompareJob, CompareResult } from '../core/compare/compare-types';
export type { Change } from '../core/compare/text-diff';
export type { TextRef } from '../core/compare/text-ref';
export type { ChipDiff, SubstanceDiff } from '../core/compare/substance-diff';
export type { NWayComparison, NWayColumn } from '../core/compare/n-way';
export type { SavedComparison } from '../core/compare/saved-comparisons';
export type { PreparedImport, PreparedArticle } from '../core/importers/prepare-import';
export type { ImportedFileSummary, OfficialText, ArticleDecision } from '../core/importers/official-text-store';
export type { Suggestion } from '../core/suggest/suggester';
export type { Draft, DraftVersion, DraftStatus } from '../core/drafts/draft-store';
export type { Note, NoteTarget } from '../core/drafts/note-store';
export type { SuggestionWithRanges, WhatIf } from '../core/drafts/what-if';
export type { BundlePlanEntry } from '../core/drafts/position-bundle';
export type { StartupNotice } from '../core/userdata/user-db';
export type { Score, ScoreBreakdown } from '../core/gaps/score';
export type { Gap } from '../core/gaps/gap-list';
export type { ElementAgreement, Agreement } from '../core/gaps/harmonization';

const Iso3Arg = z.string().max(3).regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code in capitals, such as GTM');
const ProvisionKeyArg = z
  .string()
  .max(200)
  .regex(/^[A-Z]{3}\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9.-]*$/, 'must be a provision key such as GTM/cp/202-ter');
const NoArgs = z.object({}).strict();
const ElementIdArg = z.string().max(120).regex(/^[a-z]+(\.[a-z0-9-]+)+$/, 'must be an element ID such as def.consent-irrelevant');
const GroupingIdArg = z.string().max(40).regex(/^[a-z][a-z0-9-]*$/, 'must be a grouping ID such as caricom');
const ProfileIdArg = z.string().max(40).regex(/^[a-z][a-z0-9-]*$/, 'must be a scoring profile ID such as default');
const Language = z.enum(['en', 'es']);
/** The matrix's filters, shared by the view and its exports. */
const MatrixArgs = z
  .object({
    profile: ProfileIdArg.optional(),
    groups: z.array(GroupingIdArg).max(20).optional(),
    codes: z.array(Iso3Arg).max(1000).optional(),
    levels: z.array(z.enum(['mandatory', 'consider', 'recommended', 'beyond'])).max(4).optional(),
    sort: z.enum(['name', 'score']).optional(),
    language: Language.optional(),
  })
  .strict();
const DateArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
/** One side of a comparison. Pasted text may be long (a whole code): up to 2 million characters. */
export const TextRefArg = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('provision'), key: ProvisionKeyArg, at: DateArg.optional(), lang: Language }).strict(),
  z.object({ kind: z.literal('model'), element: ElementIdArg, lang: Language }).strict(),
  z.object({ kind: z.literal('official'), key: ProvisionKeyArg }).strict(),
  z.object({ kind: z.literal('draft'), id: z.string().uuid('must be a draft ID'), version: z.number().int().min(1).optional() }).strict(),
  z.object({ kind: z.literal('text'), text: z.string().max(2_000_000, 'the text is too long (at most 2 million characters)'), label: z.string().max(200).optional() }).strict(),
]);
const JobIdArg = z.string().uuid('must be a comparison job ID');
const DraftIdArg = z.string().uuid('must be a draft ID');
const DraftText = z.string().max(5_000_000, 'the draft is too long (at most 5 million characters)');
const Title = z.string().trim().min(1, 'a title is required').max(200, 'the title is too long (at most 200 characters)');
const StartFromArg = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blank') }).strict(),
  z.object({ kind: z.literal('model'), element: ElementIdArg, lang: Language }).strict(),
  z.object({ kind: z.literal('official'), key: ProvisionKeyArg }).strict(),
  z.object({ kind: z.literal('digest'), key: ProvisionKeyArg, lang: Language }).strict(),
]);
const PrintAgainstArg = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amended'), lang: Language }).strict(),
  z.object({ kind: z.literal('version'), seq: z.number().int().min(1) }).strict(),
]);
const NoteTargetArg = z.enum(['provision', 'element', 'state', 'comparison', 'draft']);
const Tags = z.array(z.string().trim().min(1).max(60).regex(/^[\p{L}\p{N} _.-]+$/u, 'tags use letters, digits, spaces, _ . -')).max(50);
const CompareArgs = z.object({ left: TextRefArg, right: TextRefArg, granularity: z.enum(['word', 'sentence']).optional() }).strict();

/** Argument schema of every method: the one place the boundary's rules are written. */
export const ARGUMENTS = {
  getAppInfo: NoArgs,
  listJurisdictions: NoArgs,
  getJurisdiction: z.object({ code: Iso3Arg }).strict(),
  listElements: NoArgs,
  listGroupings: NoArgs,
  getProvision: z.object({ key: ProvisionKeyArg }).strict(),
  listScoringProfiles: NoArgs,
  getMatrix: MatrixArgs,
  getCountryProfile: z.object({ code: Iso3Arg, profile: ProfileIdArg.optional() }).strict(),
  getElementAcross: z.object({ element: ElementIdArg }).strict(),
  getCoverageCell: z.object({ code: Iso3Arg, element: ElementIdArg }).strict(),
  getHarmonization: z.object({ group: GroupingIdArg }).strict(),
  search: z
    .object({
      q: z.string().max(500, 'the query is too long (at most 500 characters)'),
      lang: z.enum(['en', 'es', 'pt', 'fr', 'all']).optional(),
      countries: z.array(Iso3Arg).max(200).optional(),
      groups: z.array(GroupingIdArg).max(20).optional(),
      elements: z.array(ElementIdArg).max(200).optional(),
      pillars: z.array(z.enum(['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'])).max(6).optional(),
      instrumentTypes: z.array(z.enum(['constitution', 'code', 'statute', 'decree', 'regulation'])).max(5).optional(),
      status: z.enum(['in-force', 'historical', 'any']).optional(),
      sources: z.array(z.enum(['corpus', 'official', 'draft'])).max(3).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict(),
  startComparison: CompareArgs,
  getComparison: z.object({ jobId: JobIdArg }).strict(),
  cancelComparison: z.object({ jobId: JobIdArg }).strict(),
  compareAcross: z.object({ element: ElementIdArg, codes: z.array(Iso3Arg).max(35).optional(), lang: Language }).strict(),
  listSavedComparisons: NoArgs,
  saveComparison: z.object({ title: z.string().trim().min(1, 'a title is required').max(200), left: TextRefArg, right: TextRefArg, granularity: z.enum(['word', 'sentence']), note: z.string().max(20_000).optional() }).strict(),
  deleteSavedComparison: z.object({ id: z.string().uuid('must be a saved comparison ID') }).strict(),
  exportComparison: CompareArgs.extend({ format: z.enum(['pdf', 'docx', 'html', 'md']), language: Language }).strict(),
  previewImport: z
    .object({
      fileName: z
        .string()
        .min(1)
        .max(255)
        .refine((n) => !/[\\/]|^\.\.?$|\0/.test(n), 'must be a file name, not a path'),
      // 25 MB of file is about 35 million characters of base64; larger files are refused by name and size.
      base64: z.string().max(36_000_000, 'the file is too large to import (at most 25 MB)').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      country: Iso3Arg,
      instrument: z.string().max(120).regex(/^[A-Z]{3}\/[a-z0-9][a-z0-9-]*$/, 'must be an instrument key such as ARG/cp').optional(),
    })
    .strict(),
  commitImport: z
    .object({
      previewId: z.string().uuid('must be an import preview ID'),
      decisions: z
        .array(z.object({ index: z.number().int().min(0).max(100_000), provisionKey: ProvisionKeyArg.nullable(), acceptedElements: z.array(ElementIdArg).max(200), skip: z.boolean().optional() }).strict())
        .max(20_000),
    })
    .strict(),
  listImports: NoArgs,
  deleteImport: z.object({ fileId: z.string().uuid('must be an imported file ID') }).strict(),
  getOfficialTexts: z.object({ key: ProvisionKeyArg }).strict(),
  listOfficialTextKeys: z.object({ country: Iso3Arg }).strict(),
  listDrafts: NoArgs,
  getDraft: z.object({ id: DraftIdArg }).strict(),
  createDraft: z.object({ title: Title, jurisdiction: Iso3Arg, amends: ProvisionKeyArg.nullable(), startFrom: StartFromArg }).strict(),
  saveDraft: z.object({ id: DraftIdArg, text: DraftText, kind: z.enum(['save', 'autosave']), baseVersion: z.number().int().min(1).optional() }).strict(),
  updateDraft: z
    .object({ id: DraftIdArg, patch: z.object({ title: Title.optional(), status: z.enum(['draft', 'review', 'final']).optional(), amends: ProvisionKeyArg.nullable().optional(), acceptedElements: z.array(ElementIdArg).max(500).optional() }).strict() })
    .strict(),
  deleteDraft: z.object({ id: DraftIdArg }).strict(),
  listDraftVersions: z.object({ id: DraftIdArg }).strict(),
  getDraftVersion: z.object({ id: DraftIdArg, seq: z.number().int().min(1) }).strict(),
  restoreDraftVersion: z.object({ id: DraftIdArg, seq: z.number().int().min(1) }).strict(),
  suggestForDraft: z.object({ id: DraftIdArg }).strict(),
  whatIfCoverage: z.object({ id: DraftIdArg, profile: ProfileIdArg.optional() }).strict(),
  comparativePrint: z.object({ id: DraftIdArg, against: PrintAgainstArg }).strict(),
  exportComparativePrint: z.object({ id: DraftIdArg, against: PrintAgainstArg, format: z.enum(['docx', 'pdf', 'html', 'md']), language: Language }).strict(),
  addNote: z.object({ targetKind: NoteTargetArg, targetId: z.string().min(1).max(200), body: z.string().trim().min(1, 'the note is empty').max(1_000_000), tags: Tags }).strict(),
  updateNote: z.object({ id: z.string().uuid(), body: z.string().trim().min(1, 'the note is empty').max(1_000_000).optional(), tags: Tags.optional() }).strict(),
  deleteNote: z.object({ id: z.string().uuid('must be a note ID') }).strict(),
  searchNotes: z.object({ text: z.string().max(500).optional(), tag: z.string().max(60).optional(), targetKind: NoteTargetArg.optional(), targetId: z.string().max(200).optional() }).strict(),
  exportBundle: z
    .object({ title: Title, draftIds: z.array(DraftIdArg).max(5000), noteIds: z.array(z.string().uuid()).max(50_000), comparisonIds: z.array(z.string().uuid()).max(5000) })
    .strict(),
  previewBundle: z.object({ fileName: z.string().min(1).max(255), base64: z.string().max(36_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64') }).strict(),
  importBundle: z.object({ previewId: z.string().uuid('must be a bundle preview ID') }).strict(),
  exportEverything: NoArgs,
  getStartupNotices: NoArgs,
  exportBriefing: z
    .object({
      kind: z.enum(['country', 'element', 'group']),
      id: z.string().min(1).max(120).regex(/^[A-Za-z0-9.-]+$/, 'must be a country code, element ID or grouping ID'),
      format: z.enum(['pdf', 'docx', 'md', 'csv', 'html']),
      language: Language,
      profile: ProfileIdArg.optional(),
    })
    .strict(),
  exportMatrix: MatrixArgs.extend({ format: z.enum(['csv', 'svg']) }).strict(),
  getSettings: NoArgs,
  updateSettings: z.object({ patch: SettingsSchema.partial().strict() }).strict(),
} satisfies Record<ApiMethod, z.ZodType>;

/** A file the core produced, sent to the page as base64 for the user to save. */
export interface ExportedFileView {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** One matrix cell opened: the status, its rationale and the provisions behind it. */
export interface CoverageCell {
  jurisdiction: JurisdictionSummary;
  element: ElementView;
  coverage: import('../core/corpus/corpus-types').CoverageView;
  provisions: ProvisionView[];
}

export interface AppInfo {
  name: string;
  version: string;
  /** Which shell serves the UI: the desktop app, or the loopback preview server. */
  shell: 'electron' | 'preview';
  corpus: CorpusInfo;
}

/** Result type of every method. */
export interface Results {
  getAppInfo: AppInfo;
  listJurisdictions: JurisdictionSummary[];
  getJurisdiction: JurisdictionDetail;
  listElements: ElementView[];
  listGroupings: GroupingView[];
  getProvision: ProvisionView;
  listScoringProfiles: ScoringProfile[];
  getMatrix: Matrix;
  getCountryProfile: CountryProfile;
  getElementAcross: ElementAcross;
  getCoverageCell: CoverageCell;
  getHarmonization: Harmonization;
  search: SearchResponse;
  startComparison: CompareJob;
  getComparison: CompareJob;
  cancelComparison: CompareJob;
  compareAcross: NWayComparison;
  listSavedComparisons: SavedComparison[];
  saveComparison: SavedComparison;
  deleteSavedComparison: { deleted: true };
  exportComparison: ExportedFileView;
  previewImport: PreparedImport & { previewId: string };
  commitImport: { fileId: string; saved: number };
  listImports: ImportedFileSummary[];
  deleteImport: { deleted: true };
  getOfficialTexts: OfficialText[];
  listOfficialTextKeys: string[];
  listDrafts: Draft[];
  getDraft: Draft;
  createDraft: Draft;
  saveDraft: Draft;
  updateDraft: Draft;
  deleteDraft: { deleted: true };
  listDraftVersions: DraftVersion[];
  getDraftVersion: { seq: number; text: string };
  restoreDraftVersion: Draft;
  suggestForDraft: SuggestionWithRanges[];
  whatIfCoverage: WhatIf;
  comparativePrint: CompareResult;
  exportComparativePrint: ExportedFileView;
  addNote: Note;
  updateNote: Note;
  deleteNote: { deleted: true };
  searchNotes: { notes: Note[]; tags: string[] };
  exportBundle: ExportedFileView;
  previewBundle: { previewId: string; title: string; createdAt: string; corpusVersion: string; plan: BundlePlanEntry[] };
  importBundle: { added: number; copies: number; skipped: number };
  exportEverything: ExportedFileView;
  getStartupNotices: StartupNotice[];
  exportBriefing: ExportedFileView;
  exportMatrix: ExportedFileView;
  getSettings: Settings;
  updateSettings: Settings;
}

export type Args<M extends ApiMethod> = z.input<(typeof ARGUMENTS)[M]>;

/** The API as the renderer sees it, the same under Electron (preload) and in preview (HTTP). */
export type WorkbenchApi = { [M in ApiMethod]: (args: Args<M>) => Promise<ApiResult<Results[M]>> };
