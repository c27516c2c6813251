import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './support/fixtures';
import { AppShell } from './pages/app-shell';
import { ComparePage } from './pages/compare-page';

test("Argentina's definition before and after 2012: the means requirement disappears", async ({ page, preview, outsideRequests }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/compare?left=ARG/ley-26364/2@2010-01-01&right=ARG/ley-26364/2');
  const compare = new ComparePage(page);
  await compare.run();
  await expect(compare.result()).toBeVisible();
  await expect(page.getByTestId('left-source')).toContainText('corpus digest');
  await expect(compare.changeCount()).toContainText(/\d+ changes/);
  // Redline: the 2008 wording of the means is struck through on the left.
  await expect(compare.leftPane().locator('del').filter({ hasText: /deception|fraud|violence/ }).first()).toBeVisible();
  // Substance: every means is only on the left (2008), none on the right (2012).
  for (const means of ['def.means.deception', 'def.means.fraud', 'def.means.abuse-of-vulnerability']) await expect(compare.chip(means, 'left')).toBeVisible();
  await expect(page.locator('[data-testid="substance-panel"] [data-side="right"][data-chip^="def.means."]')).toHaveCount(0);

  await page.getByTestId('next-change').click();
  await expect(page.locator('ins.current, del.current').first()).toBeVisible();
  await page.getByTestId('changes-only').check();
  await expect(compare.leftPane()).toBeVisible();

  // Export keeps the marks: underline for insertions, strike-through for deletions.
  await page.getByTestId('comparison-format').selectOption('docx');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-comparison').click()]);
  const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<w:u w:val="single"\/>/);
  expect(xml).toMatch(/<w:strike\/>/);

  await page.getByTestId('comparison-title').fill('ARG definition 2008 vs 2012');
  await page.getByTestId('save-comparison').click();
  await expect(page.getByTestId('saved-list')).toContainText('ARG definition 2008 vs 2012');
  expect(outsideRequests).toEqual([]);
});

test('the penalty article shows the adult means requirement dropping in the substance diff', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/compare?left=ARG/cp/145-bis@2010-01-01&right=ARG/cp/145-bis');
  const compare = new ComparePage(page);
  await compare.run();
  await expect(page.getByTestId('means-row')).toHaveClass(/differs/);
  await expect(page.getByTestId('means-row').locator('td').first()).toHaveText('yes');
  await expect(page.getByTestId('means-row').locator('td').nth(1)).toHaveText('no');
});

test('one element across several states, against the model clause', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/compare?element=def.consent-irrelevant');
  await page.getByTestId('run-nway').click();
  await expect(page.getByTestId('nway-model')).toBeVisible();
  await expect(page.getByTestId('nway-column').first()).toBeVisible();
  await expect(page.getByTestId('nway-column').first()).toContainText(/Against the model clause: \d+ words added, \d+ omitted/);
});

test('identical texts, empty texts and a long comparison with progress and cancel', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/compare');
  const compare = new ComparePage(page);
  await compare.pasteBoth('Article 1. Same words.', 'Article 1. Same words.');
  await compare.run();
  await expect(compare.changeCount()).toHaveText('No differences');

  await page.getByTestId('left-text').fill('   ');
  await expect(page.getByTestId('run-compare')).toBeDisabled();

  // Two unrelated texts of 40,000 words: a long word diff, run in a worker with progress, cancelled.
  const noise = (seed: number) => Array.from({ length: 40_000 }, (_, i) => `w${(i * seed) % 7919}`).join(' ');
  await compare.pasteBoth(noise(13), noise(31));
  await compare.run();
  await expect(page.getByTestId('compare-progress')).toBeVisible();
  await page.getByTestId('cancel-compare').click();
  await expect(page.getByTestId('compare-stopped')).toHaveText('Comparison cancelled.');
  // The window stayed responsive throughout: navigation still works.
  await shell.nav('countries').click();
  await expect(page.getByTestId('country-list')).toBeVisible();
});

test('a draft compares against the provision it amends', async ({ page, preview }) => {
  const { DraftsPage } = await import('./pages/drafts-page');
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/drafts');
  await new DraftsPage(page).create({ title: 'Penalty proposal', country: 'ARG', amends: 'ARG/cp/145-bis', from: 'digest' });
  await page.goto(`${preview.url}#/compare`);
  await page.getByTestId('left-kind').selectOption('draft');
  await page.getByTestId('left-draft').selectOption({ label: 'Penalty proposal' });
  await page.getByTestId('right-country').selectOption('ARG');
  await page.getByTestId('right-provision').selectOption('ARG/cp/145-bis');
  await page.getByTestId('run-compare').click();
  await expect(page.getByTestId('left-source')).toHaveText('draft');
  // Started from the digest and unchanged: no differences.
  await expect(page.getByTestId('change-count')).toHaveText('No differences');
});
