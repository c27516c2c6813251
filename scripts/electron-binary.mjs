import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Finds the Electron binary. On machines where it cannot be downloaded the npm package installs
 * without it; callers then explain that and point to `npm run preview`.
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function findElectronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH && existsSync(process.env.ELECTRON_OVERRIDE_DIST_PATH)) {
    return { ok: true, path: process.env.ELECTRON_OVERRIDE_DIST_PATH };
  }
  try {
    const path = require('electron');
    if (typeof path === 'string' && existsSync(path)) return { ok: true, path };
    return { ok: false, reason: 'the electron package is installed but its binary is not' };
  } catch (e) {
    return { ok: false, reason: `the Electron binary is not installed (${String(e.message).split('\n')[0]})` };
  }
}
