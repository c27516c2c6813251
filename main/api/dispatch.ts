import type { z } from 'zod';
import { isApiMethod } from './api-methods';
import { WorkbenchError } from './api-errors';
import type { ApiError, ApiResult } from './api-result';
import { ARGUMENTS } from './contract';
import type { Handlers } from './handlers';

/** Largest argument payload accepted, in characters of JSON: a guard against memory exhaustion. */
export const MAX_ARGUMENT_CHARS = 1_000_000;
/** Methods that carry whole texts (two sides of up to 2 million characters each) get more room. */
const LARGE_ARGUMENT_LIMITS: Readonly<Record<string, number>> = {
  startComparison: 4_200_000,
  exportComparison: 4_200_000,
  saveComparison: 4_200_000,
  // A file of up to 25 MB, in base64.
  previewImport: 36_001_000,
};

function valueAt(root: unknown, path: PropertyKey[]): { present: boolean } {
  let cur: unknown = root;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return { present: false };
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return { present: cur !== undefined };
}

/** Turns the first validation issue into one specific error that names the field. */
export function argumentError(issue: z.core.$ZodIssue, args: unknown): ApiError {
  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path, issue.keys[0]].map(String).join('.');
    return { code: 'INVALID_ARGUMENT', field, message: `unexpected argument "${field}"` };
  }
  const field = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && field && !valueAt(args, issue.path).present) {
    return { code: 'INVALID_ARGUMENT', field, message: `missing required argument "${field}"` };
  }
  if (issue.code === 'invalid_type') {
    return { code: 'INVALID_ARGUMENT', field: field || undefined, message: `${field ? `"${field}"` : 'arguments'}: expected ${issue.expected}` };
  }
  return { code: 'INVALID_ARGUMENT', field: field || undefined, message: field ? `"${field}": ${issue.message}` : issue.message };
}

/**
 * The one entry point shared by the Electron IPC handlers and the preview server: checks the method
 * name, validates the arguments against the contract, calls the core and wraps the outcome.
 */
export async function dispatch(handlers: Handlers, method: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `unknown API method "${String(method).slice(0, 80)}"` } };
  }
  let size = 0;
  try {
    size = JSON.stringify(args ?? {}).length;
  } catch {
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'arguments are not plain JSON data' } };
  }
  const limit = LARGE_ARGUMENT_LIMITS[method] ?? MAX_ARGUMENT_CHARS;
  if (size > limit) {
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: `arguments too large (${size} characters; limit ${limit})` } };
  }
  const parsed = ARGUMENTS[method].safeParse(args ?? {});
  if (!parsed.success) return { ok: false, error: argumentError(parsed.error.issues[0], args) };
  try {
    const handler = handlers[method] as (a: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof WorkbenchError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    // Unexpected failures are logged in full here and reported without internals to the page.
    console.error(`[workbench] ${method} failed:`, e);
    return { ok: false, error: { code: 'INTERNAL', message: `The workbench could not complete "${method}". Details are in the log.` } };
  }
}
