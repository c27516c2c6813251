import { test, expect } from './support/fixtures';
import { AppShell } from './pages/app-shell';
import { MatrixPage } from './pages/matrix-page';
import { CountryPage } from './pages/country-page';
import { stateCodes } from '../support/source-corpus';

test('the matrix filters to a group and a cell opens its provisions and rationale', async ({ page, preview, outsideRequests }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/matrix');
  const matrix = new MatrixPage(page);
  await expect(matrix.grid()).toBeVisible();
  await expect(matrix.row('ARG')).toBeVisible();

  // A custom selection narrows the rows to the chosen states.
  await page.getByTestId('matrix-selection').locator('summary').click();
  await page.getByTestId('matrix-selection').locator('input[value="ARG"]').check();
  await expect(page.getByTestId('matrix-summary')).toContainText('1 states');
  await page.getByTestId('matrix-selection').locator('summary').click();

  await matrix.filterByGroup('mercosur');
  await expect(page.getByTestId('matrix-summary')).toContainText('× 102');
  await expect(matrix.row('ARG')).toBeVisible();
  const cell = matrix.cell('ARG', 'def.consent-irrelevant');
  // Screen readers hear the state, the element and the status; the status is never colour alone.
  await expect(cell).toHaveAttribute('aria-label', /^Argentina, .+: (Full|Partial|Absent|Not assessed|Not applicable)$/);
  await cell.click();
  await expect(matrix.panel()).toContainText('Argentina');
  await expect(matrix.panel().locator('[data-provision]').first()).toBeVisible();

  // Keyboard: arrows move between cells, Enter opens one.
  await cell.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.matrix-cell:focus')).toHaveAttribute('data-element', /.+/);
  await page.keyboard.press('Enter');
  await expect(matrix.panel()).toBeVisible();
  expect(outsideRequests).toEqual([]);
});

test('the country profile lists gaps by severity with model clauses', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries/ARG');
  const profile = page.getByTestId('country-profile');
  await expect(profile).toBeVisible();
  await expect(page.getByTestId('score-row')).toContainText('%');
  const severities = await page.locator('[data-testid="gap-list"] > li').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-severity'))));
  expect(severities.length).toBeGreaterThan(0);
  expect([...severities].sort((a, b) => a - b)).toEqual(severities);
  await page.locator('[data-testid="gap-list"] > li details summary').first().click();
  await expect(page.locator('[data-testid="gap-list"] .model-clause').first()).toBeVisible();
  // Argentina's 2012 reform changed coverage: the profile says what changed.
  await expect(page.getByTestId('coverage-changes')).toBeVisible();
});

test('one element across states, and a group harmonization view', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/elements/def.consent-irrelevant');
  await expect(page.getByTestId('element-across')).toBeVisible();
  await expect(page.getByTestId('across-summary')).toContainText(/of \d+ states/);
  await expect(page.locator('.across-table tr[data-country="ARG"]')).toBeVisible();

  await shell.nav('harmonize').click();
  await page.getByTestId('harmonize-group').selectOption('mercosur');
  await expect(page.locator('tr[data-element="def.act.recruitment"]')).toHaveAttribute('data-agreement', /all-full|all-covered|split|all-absent|unknown/);
});

test('a country briefing exports to DOCX and PDF, and the files hold the gap list', async ({ page, preview }) => {
  const { docxText, pdfText } = await import('../support/read-files');
  const { readFileSync } = await import('node:fs');
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries/ARG');
  const firstGap = (await page.locator('[data-testid="gap-list"] > li').first().getAttribute('data-element')) as string;

  await page.getByTestId('export-format').first().selectOption('docx');
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').first().click()]);
  expect(docx.suggestedFilename()).toMatch(/^palermo-country-ARG-en-.*\.docx$/);
  const docxBody = await docxText(readFileSync((await docx.path()) as string));
  expect(docxBody).toContain('Gaps, most severe first');
  expect(docxBody).toContain(`(${firstGap})`);

  await page.getByTestId('export-format').first().selectOption('pdf');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').first().click()]);
  const { pages, text } = await pdfText(readFileSync((await pdf.path()) as string));
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(40);
  expect(text.replace(/\s+/g, '')).toContain('Gaps,mostseverefirst');

  await shell.nav('matrix').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-export-csv').click()]);
  expect(readFileSync((await csv.path()) as string, 'utf8')).toMatch(/^\uFEFFcode,name,score_percent,not_assessed,def\.act\.recruitment/);
});

test('every corpus state reaches the matrix, and a thinly sourced state says which text is missing', async ({ page, preview, outsideRequests }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/matrix');
  const matrix = new MatrixPage(page);
  await expect(page.getByTestId('matrix-summary')).toContainText(`${stateCodes().length} states × 102`);

  // Saint Vincent and the Grenadines, the last state written: its unknowns are shown as unknowns, with the reason.
  await page.getByTestId('matrix-selection').locator('summary').click();
  await page.getByTestId('matrix-selection').locator('input[value="VCT"]').check();
  await page.getByTestId('matrix-selection').locator('summary').click();
  await expect(page.getByTestId('matrix-summary')).toContainText('1 states');
  await expect(matrix.cell('VCT', 'def.act.recruitment')).toHaveAttribute('aria-label', /: Not assessed$/);

  await shell.open(preview.launchUrl, '#/countries/VCT');
  const country = new CountryPage(page);
  await expect(country.root()).toHaveAttribute('data-country', 'VCT');
  const row = country.coverageRow('def.act.recruitment');
  await expect(row.locator('.status-badge')).toContainText('Not assessed');
  await expect(row.locator('.rationale')).toContainText('could not be read');
  await expect(country.coverageRow('def.child-no-means').locator('.status-badge')).toContainText('Full');
  expect(outsideRequests).toEqual([]);
});
