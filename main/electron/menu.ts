import { readFileSync } from 'node:fs';
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { installPackage, PACKAGE_EXTENSION, previewPackage } from '../core/corpus-updates/corpus-package';
import type { CorpusInfo } from '../core/corpus/corpus-types';

/** File > Update corpus: verify a corpus package, show what changes, install it, and restart. */
async function updateCorpus(paths: { bundledCorpusDir: string; dataDir: string }): Promise<void> {
  const pick = await dialog.showOpenDialog({ title: 'Update corpus', filters: [{ name: 'Corpus package', extensions: [PACKAGE_EXTENSION.slice(1)] }], properties: ['openFile'] });
  if (pick.canceled || !pick.filePaths[0]) return;
  const bytes = readFileSync(pick.filePaths[0]);
  try {
    const p = await previewPackage(bytes, paths.bundledCorpusDir, paths.dataDir);
    const c = p.changes;
    const detail = `In use: ${p.activeVersion} (${p.activeBuiltAt.slice(0, 10)})\nPackage: ${p.version} (${p.builtAt.slice(0, 10)})\n\n${c.statesAdded.length} states added, ${c.provisionsAdded.length} provisions added, ${c.provisionsChanged.length} changed, ${c.statusesMoved.length} coverage statuses moved.\nYour drafts and notes are not touched.`;
    const { response } = await dialog.showMessageBox({ type: p.older ? 'warning' : 'question', buttons: [p.older ? 'Roll back to this corpus' : 'Install', 'Cancel'], defaultId: 1, cancelId: 1, message: p.older ? 'This corpus is older than the one in use.' : 'Install this corpus update?', detail });
    if (response !== 0) return;
    await installPackage(bytes, paths.bundledCorpusDir, paths.dataDir, { allowOlder: p.older });
    app.relaunch();
    app.exit(0);
  } catch (e) {
    dialog.showErrorBox('The corpus package was refused', (e as Error).message);
  }
}

type LanguageSetting = 'en' | 'es' | 'pt' | 'fr';

export function buildMenu(
  getWindow: () => BrowserWindow | null,
  corpus: CorpusInfo,
  paths: { bundledCorpusDir: string; dataDir: string },
  settings: { language: () => LanguageSetting; setLanguage: (l: LanguageSetting) => void; setTheme: (t: 'light' | 'dark' | 'system') => void },
): void {
  // The renderer reads its settings when it loads, so a change from the menu is saved, then shown by reloading.
  const apply = (change: () => void) => {
    change();
    getWindow()?.webContents.reload();
  };
  const languages: Array<[LanguageSetting, string]> = [['en', 'English'], ['es', 'Español'], ['pt', 'Português'], ['fr', 'Français']];
  const isMac = process.platform === 'darwin';
  const about = () =>
    dialog.showMessageBox({
      type: 'info',
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: `Corpus version ${corpus.version}\nBuilt ${corpus.builtAt}\n${corpus.counts.jurisdictions} states, ${corpus.counts.provisions} provisions, ${corpus.counts.elements} elements\nContent hash ${corpus.contentHash}`,
    });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [{ label: 'Update corpus…', click: () => void updateCorpus(paths) }, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { label: 'Language', submenu: languages.map(([code, name]) => ({ label: name, type: 'radio' as const, checked: settings.language() === code, click: () => apply(() => settings.setLanguage(code)) })) },
        { label: 'Theme', submenu: (['light', 'dark', 'system'] as const).map((th) => ({ label: th[0].toUpperCase() + th.slice(1), click: () => apply(() => settings.setTheme(th)) })) },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { label: 'Help', submenu: [{ label: 'About Palermo Workbench', click: () => void about() }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
