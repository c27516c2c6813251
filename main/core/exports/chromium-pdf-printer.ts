import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { PdfPrinter } from './pdf-printer';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where a Chromium can be found: PALERMO_CHROMIUM, a system Chromium, else Playwright's own. */
export function findChromium(): string | undefined {
  if (process.env.PALERMO_CHROMIUM && existsSync(process.env.PALERMO_CHROMIUM)) return process.env.PALERMO_CHROMIUM;
  return SYSTEM_CHROMIUM.find((p) => existsSync(p));
}

/**
 * A PDF printer on headless Chromium. The page is set from a string with a CSP that forbids every
 * load, so printing a briefing never touches the network.
 */
export function chromiumPdfPrinter(executablePath = findChromium()): PdfPrinter {
  return async (html, page) => {
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const tab = await browser.newPage();
      await tab.route('**/*', (route) => route.abort());
      await tab.setContent(html, { waitUntil: 'load' });
      return await tab.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, ...page, margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' } });
    } finally {
      await browser.close();
    }
  };
}
