import type { CoverageStatus, LocalizedText, ObligationLevel, Pillar } from '../corpus/corpus-types';
import { computeScore, type Score } from './score';
import type { ScoringProfile } from './scoring-profile';
import { CODE_STATUS, STATUS_CODE } from './status-codes';

export interface MatrixInput {
  elements: ReadonlyArray<{ id: string; pillar: Pillar; level: ObligationLevel; label: LocalizedText }>;
  jurisdictions: ReadonlyArray<{ code: string; name: LocalizedText; subregion: string; groups: string[] }>;
  /** Status per jurisdiction code and element ID. */
  statuses: ReadonlyMap<string, ReadonlyMap<string, CoverageStatus>>;
}

export interface MatrixOptions {
  profile: ScoringProfile;
  /** Keep only states in every one of these groupings (sub-region or group IDs). */
  groups?: string[];
  /** Keep only these states (a custom selection). */
  codes?: string[];
  /** Keep only elements of these obligation levels. */
  levels?: ObligationLevel[];
  sort?: 'name' | 'score';
  language?: 'en' | 'es';
}

export interface MatrixRow {
  code: string;
  name: LocalizedText;
  score: Score;
  /** One status character per column, in column order (see STATUS_CODE). */
  cells: string;
}

export interface Matrix {
  columns: Array<{ id: string; pillar: Pillar; level: ObligationLevel; label: LocalizedText }>;
  rows: MatrixRow[];
  profile: string;
}

/**
 * The states x elements matrix: filtered by grouping, selection and obligation level, scored under a
 * profile, sorted by name or by score. Scores always use every element, whatever columns are shown.
 */
export function computeMatrix(input: MatrixInput, opts: MatrixOptions): Matrix {
  const columns = input.elements.filter((e) => !opts.levels?.length || opts.levels.includes(e.level));
  const language = opts.language ?? 'en';
  let states = input.jurisdictions;
  if (opts.groups?.length) states = states.filter((j) => opts.groups!.every((g) => j.subregion === g || j.groups.includes(g)));
  if (opts.codes?.length) states = states.filter((j) => opts.codes!.includes(j.code));
  const rows = states.map((j) => {
    const st = input.statuses.get(j.code) ?? new Map<string, CoverageStatus>();
    const statusOf = (id: string) => st.get(id);
    let cells = '';
    for (const c of columns) cells += STATUS_CODE[st.get(c.id) ?? 'not-assessed'];
    return { code: j.code, name: j.name, score: computeScore(input.elements, statusOf, opts.profile), cells };
  });
  const byName = (a: MatrixRow, b: MatrixRow) => a.name[language].localeCompare(b.name[language], language);
  rows.sort(opts.sort === 'score' ? (a, b) => (b.score.percent ?? -1) - (a.score.percent ?? -1) || byName(a, b) : byName);
  return { columns: columns.map((c) => ({ id: c.id, pillar: c.pillar, level: c.level, label: c.label })), rows, profile: opts.profile.id };
}

export function cellStatus(row: MatrixRow, column: number): CoverageStatus {
  return CODE_STATUS[row.cells[column]] ?? 'not-assessed';
}
