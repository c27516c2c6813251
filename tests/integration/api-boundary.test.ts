import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, type ApiMethod } from '../../main/api/api-methods';
import { dispatch } from '../../main/api/dispatch';
import { createHandlers, type Handlers } from '../../main/api/handlers';
import { CORPUS_DB_FILE } from '../../main/core/corpus/build-corpus';
import type { WorkbenchCore } from '../../main/core/workbench-core';
import { fixtureWorkbench } from '../support/fixture-workbench';

const HUGE = 'x'.repeat(5_000_001);
const SQL = "'; DROP TABLE drafts; --";
const TRAVERSAL = '../../../../etc/passwd';

/** Hostile arguments every method must refuse: wrong shapes, and keys that are not its own. */
const GENERIC: Array<[string, unknown]> = [
  ['a string instead of an object', 'all'],
  ['an array instead of an object', [1, 2, 3]],
  ['a number instead of an object', 42],
  ['a prototype-pollution key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
  ['an unknown key carrying SQL', { evil: SQL }],
];

/** Hostile values in each method's own fields. */
const SPECIFIC: Partial<Record<ApiMethod, Array<[string, unknown]>>> = {
  getJurisdiction: [['SQL in the code', { code: SQL }], ['a huge code', { code: HUGE }]],
  getProvision: [['path traversal in the key', { key: TRAVERSAL }], ['SQL in the key', { key: `ATL/x/${SQL}` }]],
  getCoverageCell: [['SQL in the element', { code: 'ATL', element: SQL }]],
  getCountryProfile: [['an unknown profile', { code: 'ATL', profile: '../default' }]],
  getElementAcross: [['path traversal in the element', { element: TRAVERSAL }]],
  getHarmonization: [['SQL in the group', { group: SQL }]],
  getMatrix: [['too many groups', { groups: Array(50).fill('sica') }], ['a bad level', { levels: ['critical'] }]],
  search: [['a huge query', { q: HUGE }], ['an unknown source', { q: 'x', sources: ['web'] }]],
  startComparison: [['a text too long', { left: { kind: 'text', text: HUGE }, right: { kind: 'text', text: 'x' } }], ['an unknown text kind', { left: { kind: 'url', url: 'https://evil' }, right: { kind: 'text', text: 'x' } }]],
  getComparison: [['a non-UUID job', { jobId: TRAVERSAL }]],
  previewImport: [
    ['path traversal in the file name', { fileName: TRAVERSAL, base64: 'QQ==', country: 'ATL' }],
    ['a file name with a slash', { fileName: 'a/b.txt', base64: 'QQ==', country: 'ATL' }],
    ['non-base64 content', { fileName: 'a.txt', base64: '<script>', country: 'ATL' }],
  ],
  commitImport: [['SQL in a decision', { previewId: '00000000-0000-4000-8000-000000000000', decisions: [{ index: 0, provisionKey: SQL, acceptedElements: [] }] }]],
  createDraft: [['an empty title', { title: ' ', jurisdiction: 'ATL', amends: null, startFrom: { kind: 'blank' } }], ['a huge title', { title: HUGE, jurisdiction: 'ATL', amends: null, startFrom: { kind: 'blank' } }]],
  saveDraft: [['a non-UUID id', { id: SQL, text: 'x', kind: 'save' }], ['an unknown save kind', { id: '00000000-0000-4000-8000-000000000000', text: 'x', kind: 'overwrite' }]],
  updateDraft: [['an unknown status', { id: '00000000-0000-4000-8000-000000000000', patch: { status: 'published' } }]],
  addNote: [['an empty note', { targetKind: 'state', targetId: 'ATL', body: '  ', tags: [] }], ['a tag with markup', { targetKind: 'state', targetId: 'ATL', body: 'x', tags: ['<img onerror=x>'] }]],
  previewBundle: [['non-base64 content', { fileName: 'b.palermo-bundle', base64: '%%%' }]],
  exportBriefing: [['path traversal in the id', { kind: 'country', id: TRAVERSAL, format: 'md', language: 'en' }], ['an unknown format', { kind: 'country', id: 'ATL', format: 'exe', language: 'en' }]],
  updateSettings: [['an unknown setting', { patch: { telemetry: true } }]],
};

function fingerprint(core: WorkbenchCore, corpusDir: string): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(corpusDir, CORPUS_DB_FILE)));
  for (const t of core.userDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]) {
    h.update(t);
    h.update(JSON.stringify(core.userDb.prepare(`SELECT * FROM "${t}"`).all()));
  }
  return h.digest('hex');
}

describe('every API method refuses malformed, oversized and hostile arguments', () => {
  let core: WorkbenchCore;
  let handlers: Handlers;
  let corpusDir: string;
  beforeAll(() => {
    ({ core, corpusDir } = fixtureWorkbench());
    handlers = createHandlers(core, { name: 'test', version: '0', shell: 'preview' });
  });
  afterAll(() => core.close());

  for (const method of API_METHODS) {
    for (const [what, args] of [...GENERIC, ...(SPECIFIC[method] ?? [])]) {
      it(`${method}: ${what}`, async () => {
        const before = fingerprint(core, corpusDir);
        const r = await dispatch(handlers, method, args);
        expect(r.ok, JSON.stringify(r).slice(0, 200)).toBe(false);
        if (r.ok) return;
        expect(['INVALID_ARGUMENT', 'NOT_FOUND']).toContain(r.error.code);
        expect(r.error.message.length).toBeGreaterThan(5);
        expect(r.error.message).not.toMatch(/at .*\.ts:\d+|SQLITE_|TypeError|undefined/);
        expect(fingerprint(core, corpusDir)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }

  it('covers every method', () => {
    expect(API_METHODS.length).toBeGreaterThan(40);
  });
});
