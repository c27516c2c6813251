import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { Handlers } from '../../../main/api/handlers';
import { API_METHODS } from '../../../main/api/api-methods';

// Handlers that record calls: these tests are about the boundary, which must stop bad input before any handler runs.
function recordingHandlers(calls: string[]): Handlers {
  return Object.fromEntries(API_METHODS.map((m) => [m, (a: unknown) => (calls.push(m), { echoed: a })])) as unknown as Handlers;
}

describe('API boundary', () => {
  it('passes valid arguments to the handler', async () => {
    const calls: string[] = [];
    const r = await dispatch(recordingHandlers(calls), 'getJurisdiction', { code: 'GTM' });
    expect(r).toEqual({ ok: true, value: { echoed: { code: 'GTM' } } });
    expect(calls).toEqual(['getJurisdiction']);
  });

  const bad: Array<[string, string, unknown, { field?: string; message: RegExp }]> = [
    ['missing argument', 'getJurisdiction', {}, { field: 'code', message: /missing required argument "code"/ }],
    ['extra argument', 'getJurisdiction', { code: 'GTM', admin: true }, { field: 'admin', message: /unexpected argument "admin"/ }],
    ['wrong type', 'getJurisdiction', { code: 42 }, { field: 'code', message: /"code": expected string/ }],
    ['bad format', 'getJurisdiction', { code: 'gtm' }, { field: 'code', message: /ISO 3166 alpha-3/ }],
    ['SQL fragment', 'getProvision', { key: "GTM/cp/1' OR 1=1 --" }, { field: 'key', message: /provision key/ }],
    ['path traversal', 'getProvision', { key: '../../etc/passwd' }, { field: 'key', message: /provision key/ }],
    ['nested unknown setting', 'updateSettings', { patch: { language: 'en', telemetry: true } }, { field: 'patch.telemetry', message: /unexpected argument/ }],
    ['bad enum value', 'updateSettings', { patch: { language: 'de' } }, { field: 'patch.language', message: /patch\.language/ }],
    ['prototype pollution key', 'updateSettings', JSON.parse('{"patch":{"__proto__":{"polluted":true}}}'), { message: /unexpected argument|patch/ }],
    ['non-object arguments', 'listJurisdictions', 'all', { message: /expected object/ }],
  ];
  for (const [name, method, args, expected] of bad) {
    it(`refuses ${name} with a specific error`, async () => {
      const calls: string[] = [];
      const r = await dispatch(recordingHandlers(calls), method, args);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('INVALID_ARGUMENT');
      if (expected.field) expect(r.error.field).toBe(expected.field);
      expect(r.error.message).toMatch(expected.message);
      expect(calls).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses an unknown method and inherited names', async () => {
    for (const m of ['dropTables', '__proto__', 'constructor', 'toString']) {
      const r = await dispatch(recordingHandlers([]), m, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses oversized arguments', async () => {
    const r = await dispatch(recordingHandlers([]), 'getProvision', { key: 'x'.repeat(2_000_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/too large/) } });
  });

  it('reports an unexpected handler failure without internals', async () => {
    const handlers = { ...recordingHandlers([]), listElements: () => { throw new Error('SQLITE_CORRUPT at /secret/path'); } } as Handlers;
    const original = console.error;
    console.error = () => {};
    const r = await dispatch(handlers, 'listElements', {});
    console.error = original;
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toContain('/secret/path');
  });
});
