import type { BrowserWindowConstructorOptions } from 'electron';

/** The only origin the app's pages may come from: files of the built renderer, served by the app protocol. */
export const APP_SCHEME = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

/**
 * The main window's options. Kept free of `electron` imports so the security test can assert them
 * where the Electron binary is missing.
 */
export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Palermo Workbench',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
      // Middle-click would open links in new windows, bypassing the open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** Whether a URL belongs to the app itself (everything else is refused or opened outside, after asking). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'app';
  } catch {
    return false;
  }
}

/**
 * External links leave the app only for official sources: https on a host the corpus cites as an
 * official publisher (gazettes, legislatures, ministries). Everything else is refused.
 */
export function isOfficialSourceUrl(url: string, officialHosts: ReadonlySet<string>): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && officialHosts.has(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}
