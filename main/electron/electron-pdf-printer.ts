import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/exports/pdf-printer';

/** Prints briefing HTML with Electron's printToPDF in a hidden window that runs no script at all. */
export const electronPdfPrinter: PdfPrinter = async (html, page) => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: page.headerTemplate,
      footerTemplate: page.footerTemplate,
      margins: { top: 0.87, bottom: 0.79, left: 0.71, right: 0.71 },
    });
  } finally {
    win.destroy();
  }
};
