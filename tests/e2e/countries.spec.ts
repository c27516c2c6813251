import { test, expect } from './support/fixtures';
import { AppShell } from './pages/app-shell';
import { CountryListPage } from './pages/country-list-page';
import { CountryPage } from './pages/country-page';
import { stateCodes } from '../support/source-corpus';

// Every state written in the source corpus must be listed.
const STATES = stateCodes();

test('the country list shows the corpus and opens a country page', async ({ page, preview, outsideRequests }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries');
  await expect(shell.corpusVersion()).toContainText('Corpus');
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=');

  const list = new CountryListPage(page);
  await expect(list.table()).toBeVisible();
  for (const code of STATES) await expect(list.row(code)).toBeVisible();

  await list.openCountry('ARG');
  const country = new CountryPage(page);
  await expect(country.root()).toHaveAttribute('data-country', 'ARG');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Argentina');
  // The Protocol date carries its source and the caveats written with it.
  await page.locator('details.protocol-source summary').click();
  await expect(page.locator('details.protocol-source')).toContainText('Ley 25.632');
  await expect(page.locator('details.protocol-source .url')).toContainText(/https?:\/\//);
  // Every element of the taxonomy has a status row, each status spelled out, not only coloured.
  await expect(page.locator('.coverage-table tbody tr')).toHaveCount(102);
  await expect(country.coverageRow('def.act.recruitment').locator('.status-badge')).toHaveText(/Full|Partial|Absent|Not assessed|Not applicable/);
  await expect(page.locator('li[data-instrument]').first()).toBeVisible();
  await expect(page.locator('article[data-provision]').first()).toBeVisible();
  expect(outsideRequests).toEqual([]);
});

test('a country page survives a reload and shows errors in place for an unknown code', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries/ARG');
  await expect(new CountryPage(page).root()).toHaveAttribute('data-country', 'ARG');
  await page.reload();
  await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
  await expect(new CountryPage(page).root()).toHaveAttribute('data-country', 'ARG');

  await page.goto(`${preview.url}#/countries/ZZZ`);
  await expect(page.getByRole('alert')).toContainText('ZZZ');
  await expect(page.locator('nav.sidebar')).toBeVisible();
});

test('the interface language is switched and remembered', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries');
  await shell.setLanguage('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Países');
  await page.reload();
  await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Países');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the page refuses to work without the token', async ({ page, preview }) => {
  await page.goto(`${preview.url}#/countries`);
  await expect(page.getByRole('alert')).toContainText('access token');
});
