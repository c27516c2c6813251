import { join } from 'node:path';

export const PRODUCT_NAME = 'Palermo Workbench';

/**
 * Where the user's database lives when no directory is given: the same folder Electron's
 * app.getPath('userData') uses, so preview mode and the desktop app share one set of drafts.
 */
export function defaultUserDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}
