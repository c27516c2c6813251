import { join } from 'node:path';

export interface AppPathInputs {
  /** Electron's app.isPackaged. */
  isPackaged: boolean;
  /** process.resourcesPath in a packaged app (holds the corpus as an extra resource). */
  resourcesPath: string;
  /** app.getAppPath(): the project root when run from source, the asar when packaged. */
  appPath: string;
  /** app.getPath('userData'). */
  userDataPath: string;
}

export interface AppPaths {
  corpusDir: string;
  dataDir: string;
  rendererDir: string;
  preloadPath: string;
  windowStateFile: string;
}

/**
 * Where the desktop app finds its parts. Packaged: the corpus is an extra resource beside the asar;
 * from source: the build folder. The user's data is always in the user-data directory.
 */
export function resolveAppPaths(i: AppPathInputs): AppPaths {
  return {
    corpusDir: i.isPackaged ? join(i.resourcesPath, 'corpus') : join(i.appPath, 'build', 'corpus'),
    dataDir: i.userDataPath,
    rendererDir: join(i.appPath, 'build', 'renderer'),
    preloadPath: join(i.appPath, 'build', 'electron', 'preload.cjs'),
    windowStateFile: join(i.userDataPath, 'window-state.json'),
  };
}
