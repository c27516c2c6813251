import type { ApiErrorCode } from '../api/api-result';

/** A failure the core reports on purpose, with a code and a message fit to show the user. */
export class WorkbenchError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, field?: string) => new WorkbenchError('NOT_FOUND', what, field);
