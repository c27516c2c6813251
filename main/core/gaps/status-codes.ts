import type { CoverageStatus } from '../corpus/corpus-types';

/**
 * One character per status, so a matrix row travels as a short string (500 x 200 cells stay small).
 */
export const STATUS_CODE: Record<CoverageStatus, string> = {
  full: 'F',
  partial: 'P',
  absent: 'A',
  'not-applicable': 'N',
  'not-assessed': 'U',
};

export const CODE_STATUS: Record<string, CoverageStatus> = Object.fromEntries(Object.entries(STATUS_CODE).map(([s, c]) => [c, s as CoverageStatus]));
