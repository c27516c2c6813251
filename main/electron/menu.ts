import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { CorpusInfo } from '../core/corpus/corpus-types';

export function buildMenu(getWindow: () => BrowserWindow | null, corpus: CorpusInfo): void {
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
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { label: 'Help', submenu: [{ label: 'About Palermo Workbench', click: () => void about() }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  void getWindow;
}
