import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../../main/core/paths/app-paths';
import { defaultUserDataDir } from '../../../main/core/paths/user-data-dir';

describe('user data directory', () => {
  it('follows each platform convention, as Electron does', () => {
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(join('C:\\Users\\ana\\AppData\\Roaming', 'Palermo Workbench'));
    expect(defaultUserDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Palermo Workbench');
    expect(defaultUserDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Palermo Workbench');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Palermo Workbench');
  });
});

describe('app paths', () => {
  it('reads the corpus from the resources folder when packaged', () => {
    const p = resolveAppPaths({ isPackaged: true, resourcesPath: '/opt/Palermo/resources', appPath: '/opt/Palermo/resources/app.asar', userDataPath: '/home/ana/.config/Palermo Workbench' });
    expect(p.corpusDir).toBe('/opt/Palermo/resources/corpus');
    expect(p.dataDir).toBe('/home/ana/.config/Palermo Workbench');
    expect(p.rendererDir).toBe('/opt/Palermo/resources/app.asar/build/renderer');
  });

  it('reads the corpus from the build folder when run from source', () => {
    const p = resolveAppPaths({ isPackaged: false, resourcesPath: '/x', appPath: '/src/palermo', userDataPath: '/u' });
    expect(p.corpusDir).toBe('/src/palermo/build/corpus');
    expect(p.preloadPath).toBe('/src/palermo/build/electron/preload.cjs');
  });
});
