import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../main/core/paths/project-paths';
import { resolveAppPaths } from '../../../main/core/paths/app-paths';

// The installers cannot be built here (no Electron download); this checks the configuration that builds them.
const config = parse(readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it('names the product and targets Windows, macOS and Linux', () => {
    expect(config.productName).toBe('Palermo Workbench');
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target[0]).toMatchObject({ target: 'dmg', arch: ['universal'] });
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('ships the corpus and its search indexes beside the app, where the packaged app looks for them', () => {
    const extra = config.extraResources.find((r: { to: string }) => r.to === 'corpus');
    expect(extra.from).toBe('build/corpus');
    expect(extra.filter).toEqual(expect.arrayContaining(['corpus.sqlite', 'corpus-manifest.json', 'search-*.json']));
    const packaged = resolveAppPaths({ isPackaged: true, resourcesPath: '/r', appPath: '/r/app.asar', userDataPath: '/u' });
    expect(packaged.corpusDir).toBe(join('/r', extra.to));
  });

  it('packs what the main process loads, with better-sqlite3 unpacked from the asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['build/electron/**', 'build/renderer/**', 'node_modules/better-sqlite3/**']));
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(pkg.main).toBe('build/electron/main.cjs');
    const built = readFileSync(join(PROJECT_ROOT, 'scripts', 'build-electron.mjs'), 'utf8');
    for (const out of ['build/electron/main.cjs', 'build/electron/preload.cjs', 'build/electron/compare-worker.cjs', 'build/electron/import-worker.cjs']) expect(built).toContain(out);
  });

  it('has its icon and build resources, and associates position bundles', () => {
    const dir = config.directories.buildResources;
    for (const platform of ['win', 'mac', 'linux']) expect(existsSync(join(PROJECT_ROOT, config[platform].icon))).toBe(true);
    expect(existsSync(join(PROJECT_ROOT, dir))).toBe(true);
    expect(config.fileAssociations[0]).toMatchObject({ ext: 'palermo-bundle' });
  });

  it('keeps the native rebuild in packaging, not in npm install', () => {
    expect(config.npmRebuild).toBe(true);
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/install-app-deps|electron-rebuild/);
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
  });
});
