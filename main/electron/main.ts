import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../api/handlers';
import { resolveAppPaths } from '../core/paths/app-paths';
import { PRODUCT_NAME } from '../core/paths/user-data-dir';
import { openWorkbench, type WorkbenchCore } from '../core/workbench-core';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { electronPdfPrinter } from './electron-pdf-printer';
import { activeCorpusDir } from '../core/corpus-updates/corpus-package';
import { hardenApp, setOfficialHosts } from './security';
import { APP_ORIGIN, mainWindowOptions } from './window-options';
import { loadWindowState, saveWindowState } from './window-state';

let mainWindow: BrowserWindow | null = null;
let core: WorkbenchCore | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setName(PRODUCT_NAME);
  registerAppScheme();
  hardenApp();
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  app.whenReady().then(start, (e) => fail(e));
}

function fail(e: unknown): void {
  dialog.showErrorBox('Palermo Workbench could not start', (e as Error).message);
  app.exit(1);
}

function start(): void {
  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    userDataPath: app.getPath('userData'),
  });
  try {
    core = openWorkbench({ corpusDir: activeCorpusDir(paths.corpusDir, paths.dataDir), dataDir: paths.dataDir, bundledCorpusDir: paths.corpusDir }, { pdfPrinter: electronPdfPrinter, compareWorker: { path: join(__dirname, 'compare-worker.cjs'), execArgv: [] }, importWorker: { path: join(__dirname, 'import-worker.cjs'), execArgv: [] } });
  } catch (e) {
    return fail(e);
  }
  serveRenderer(paths.rendererDir);
  setOfficialHosts(core.corpus.officialHosts());
  registerIpc(createHandlers(core, { name: PRODUCT_NAME, version: app.getVersion(), shell: 'electron' }));
  const settings = core.settings;
  buildMenu(() => mainWindow, core.corpus.info(), { bundledCorpusDir: paths.corpusDir, dataDir: paths.dataDir }, {
    language: () => settings.all().language,
    setLanguage: (language) => settings.update({ language }),
    setTheme: (theme) => settings.update({ theme }),
  });

  const bounds = loadWindowState(paths.windowStateFile);
  const options = mainWindowOptions(paths.preloadPath, bounds);
  mainWindow = new BrowserWindow({
    ...options,
    // Restated where the window is made, so the hardening is visible to static checkers too.
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  if (bounds.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    saveWindowState(paths.windowStateFile, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
