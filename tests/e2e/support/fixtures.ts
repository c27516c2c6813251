import { test as base, expect } from '@playwright/test';
import { runningPreviewOrigins, startPreview, type PreviewProcess } from './preview-process';

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
  // Automatic: every test fails if the page reaches anything but the workbench's own servers.
  outsideRequests: [
    async ({ page, preview }, use) => {
    const outside: string[] = [];
    void preview;
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (!runningPreviewOrigins.has(new URL(url).origin)) outside.push(url);
    });
    await use(outside);
    expect(outside, 'requests that left the preview server').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
