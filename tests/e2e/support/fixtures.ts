import { test as base, expect } from '@playwright/test';
import { startPreview, type PreviewProcess } from './preview-process';

/**
 * Each test gets its own preview server on a fresh data directory, and fails if the page tries to
 * reach anything outside that server's origin (the workbench makes no outbound connection).
 */
export const test = base.extend<{ preview: PreviewProcess; outsideRequests: string[] }>({
  preview: async ({}, use) => {
    const preview = await startPreview();
    await use(preview);
    await preview.stop();
  },
  outsideRequests: async ({ page, preview }, use) => {
    const outside: string[] = [];
    const origin = new URL(preview.url).origin;
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    await use(outside);
    expect(outside, 'requests that left the preview server').toEqual([]);
  },
});

export { expect };
