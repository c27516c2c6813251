import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isOfficialSourceUrl, mainWindowOptions } from '../../../main/electron/window-options';
import { CONTENT_SECURITY_POLICY } from '../../../main/core/security/content-security-policy';
import { PROJECT_ROOT } from '../../../main/core/paths/project-paths';

// These assert the Electron configuration without the Electron binary, which cannot be downloaded here.
describe('main window security', () => {
  const o = mainWindowOptions('/app/preload.cjs', { width: 1000, height: 700 });

  it('isolates and sandboxes the renderer', () => {
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('treats only the app protocol as the app', () => {
    expect(isAppUrl('workbench://app/index.html')).toBe(true);
    expect(isAppUrl('workbench://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('disables middle-click new windows', () => {
    expect(o.webPreferences?.disableBlinkFeatures).toBe('Auxclick');
  });

  it('opens external links only to official-source hosts', () => {
    const hosts = new Set(['laws-lois.justice.gc.ca', 'www.infoleg.gob.ar']);
    expect(isOfficialSourceUrl('https://laws-lois.justice.gc.ca/eng/acts/C-46/', hosts)).toBe(true);
    expect(isOfficialSourceUrl('https://evil.example/phish', hosts)).toBe(false);
    expect(isOfficialSourceUrl('https://user:pw@laws-lois.justice.gc.ca/', hosts)).toBe(false);
    expect(isOfficialSourceUrl('javascript:alert(1)', hosts)).toBe(false);
    expect(isOfficialSourceUrl('file:///etc/passwd', hosts)).toBe(false);
    expect(isOfficialSourceUrl('https://laws-lois.justice.gc.ca.evil.example/', hosts)).toBe(false);
  });

  it('denies navigation and new windows in the shell', () => {
    const security = readFileSync(join(PROJECT_ROOT, 'main', 'electron', 'security.ts'), 'utf8');
    expect(security).toMatch(/on\('will-navigate'[\s\S]*?preventDefault/);
    expect(security).toMatch(/setWindowOpenHandler\([\s\S]*?action: 'deny'/);
    expect(security).toMatch(/will-attach-webview[\s\S]*?preventDefault/);
    expect(security).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
  });

  it('has a CSP with no remote origins, no eval and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    const html = readFileSync(join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toMatch(/default-src 'none'/);
    expect(meta).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('exposes only named API functions from the preload', () => {
    const preload = readFileSync(join(PROJECT_ROOT, 'main', 'electron', 'preload.ts'), 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\('workbench'/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|on)\b|exposeInMainWorld\('ipcRenderer'/);
  });
});
