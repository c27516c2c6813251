import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './support/fixtures';
import { startPreview } from './support/preview-process';
import { AppShell } from './pages/app-shell';
import { DraftsPage } from './pages/drafts-page';

test('a draft from a model clause closes a gap, prints against current law, and travels in a bundle', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/drafts');
  const drafts = new DraftsPage(page);
  await drafts.create({ title: 'Demand: users of services', country: 'ARG', amends: 'ARG/cp/145-bis', from: 'model', element: 'crim.use-of-services' });
  await expect(drafts.text()).not.toHaveValue('');

  // Edit; autosave shows its state and the text survives a reload.
  await drafts.text().press('Control+End');
  await drafts.text().pressSequentially(' The penalty is doubled where the victim is a child.');
  await expect(drafts.saveState()).toHaveAttribute('data-state', 'unsaved');
  await expect(drafts.saveState()).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await page.reload();
  await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
  await expect(drafts.text()).toHaveValue(/doubled where the victim is a child\.$/);

  // Comparative print against the provision it amends.
  await expect(page.getByTestId('print-redline').locator('ins').first()).toBeVisible();
  const [print] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-print').click()]);
  const xml = await (await JSZip.loadAsync(readFileSync((await print.path()) as string))).file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<w:u w:val="single"\/>/);
  expect(xml).toMatch(/Comparative print/);

  // What-if: accept the suggested element; the gap closes and the score rises.
  await page.getByTestId('draft-tab-whatif').click();
  const suggestion = page.locator('[data-testid="draft-suggestion"][data-element="crim.use-of-services"]');
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('button').click();
  await expect(page.getByTestId('evidence').locator('mark').first()).toBeVisible();
  await suggestion.locator('input').check();
  await expect(page.locator('[data-testid="gaps-closed"] li[data-element="crim.use-of-services"]')).toBeVisible();
  const change = await page.getByTestId('score-change').textContent();
  const [before, after] = (change ?? '').match(/[\d.]+(?=\s?%)/g)!.map(Number);
  expect(after).toBeGreaterThan(before);

  // History: versions accumulate and any can be restored.
  await page.getByTestId('draft-tab-history').click();
  await expect(page.locator('[data-testid="draft-history"] tbody tr').first()).toBeVisible();

  // A note on the draft, then a bundle with the draft and the note.
  await page.getByTestId('draft-tab-notes').click();
  await page.getByTestId('note-body').fill('Raise at the RCM meeting.');
  await page.getByTestId('note-tags').fill('rcm');
  await page.getByTestId('add-note').click();
  await expect(page.getByTestId('note').first()).toContainText('Raise at the RCM meeting.');
  await page.reload();
  await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
  await page.getByTestId('bundle-title').fill('ARG positions');
  await page.getByTestId('bundle-draft').first().check();
  await page.getByTestId('bundle-note').first().check();
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
  expect(bundle.suggestedFilename()).toBe('ARG-positions.palermo-bundle');
  const bundlePath = (await bundle.path()) as string;
  const draftText = await drafts.text().inputValue();

  // Another delegation's workbench: a fresh data directory.
  const other = await startPreview();
  try {
    await shell.open(other.launchUrl, '#/drafts');
    await page.getByTestId('bundle-file').setInputFiles({ name: 'ARG-positions.palermo-bundle', mimeType: 'application/json', buffer: readFileSync(bundlePath) });
    await expect(page.getByTestId('bundle-plan').locator('li[data-action="add"]')).toHaveCount(2);
    await page.getByTestId('confirm-bundle').click();
    await expect(page.getByTestId('bundle-result')).toContainText('2 added');
    await page.getByTestId('open-draft').first().click();
    await expect(drafts.text()).toHaveValue(draftText);
    await page.getByTestId('draft-tab-whatif').click();
    await expect(page.locator('[data-testid="draft-suggestion"][data-element="crim.use-of-services"] input')).toBeChecked();
    await page.getByTestId('draft-tab-notes').click();
    await expect(page.getByTestId('note').first()).toContainText('Raise at the RCM meeting.');

    // A tampered bundle is refused and changes nothing.
    const tampered = readFileSync(bundlePath, 'utf8').replace('Raise at the RCM meeting.', 'Raise at the RCM meeting!');
    await page.getByTestId('bundle-file').setInputFiles({ name: 'tampered.palermo-bundle', mimeType: 'application/json', buffer: Buffer.from(tampered) });
    await expect(page.getByTestId('bundle-error')).toContainText('altered after it was made');
  } finally {
    await other.stop();
  }
});
