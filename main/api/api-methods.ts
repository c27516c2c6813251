/**
 * The names of every API method. Kept free of imports so the sandboxed preload can bundle it
 * without pulling in the validation library.
 */
export const API_METHODS = [
  'getAppInfo',
  'listJurisdictions',
  'getJurisdiction',
  'listElements',
  'listGroupings',
  'getProvision',
  'listScoringProfiles',
  'getMatrix',
  'getCountryProfile',
  'getCoverageCell',
  'getElementAcross',
  'getHarmonization',
  'search',
  'startComparison',
  'getComparison',
  'cancelComparison',
  'compareAcross',
  'listSavedComparisons',
  'saveComparison',
  'deleteSavedComparison',
  'exportComparison',
  'previewImport',
  'commitImport',
  'listImports',
  'deleteImport',
  'getOfficialTexts',
  'listOfficialTextKeys',
  'listDrafts',
  'getDraft',
  'createDraft',
  'saveDraft',
  'updateDraft',
  'deleteDraft',
  'listDraftVersions',
  'getDraftVersion',
  'restoreDraftVersion',
  'suggestForDraft',
  'whatIfCoverage',
  'comparativePrint',
  'exportComparativePrint',
  'addNote',
  'updateNote',
  'deleteNote',
  'searchNotes',
  'exportBundle',
  'previewBundle',
  'importBundle',
  'exportEverything',
  'getStartupNotices',
  'exportBriefing',
  'exportMatrix',
  'getSettings',
  'updateSettings',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** IPC channel of a method; one channel per method, never a generic one. */
export const ipcChannel = (method: ApiMethod): string => `workbench:${method}`;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}
