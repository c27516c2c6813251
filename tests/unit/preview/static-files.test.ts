import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../main/preview/static-files';

describe('static file resolution', () => {
  const root = '/srv/renderer';
  it('serves files inside the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/app.js')).toBe('/srv/renderer/assets/app.js');
  });
  it('never resolves outside it', () => {
    for (const p of ['/../secret', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2F..%2Fx', '/..\\..\\x', '/a%00b', '/%E0%A4%A']) {
      const r = resolveStaticPath(root, p);
      expect(r === null || r.startsWith('/srv/renderer/'), `${p} -> ${r}`).toBe(true);
    }
  });
});
