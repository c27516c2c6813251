/** Error codes the API returns; the renderer maps each to a message in the user's language. */
export type ApiErrorCode = 'INVALID_ARGUMENT' | 'UNKNOWN_METHOD' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE' | 'INTERNAL';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** The argument at fault, as a dotted path ("code", "patch.language"). */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
