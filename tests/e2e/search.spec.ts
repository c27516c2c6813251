import { test, expect } from './support/fixtures';
import { AppShell } from './pages/app-shell';
import { SearchPage } from './pages/search-page';

test('a Spanish query, filtered by grouping, shows highlighted results that open', async ({ page, preview, outsideRequests }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries');
  // Ctrl+K reaches search from any view.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('global-search')).toBeFocused();
  await page.keyboard.type('consentimiento irrelevante');
  await page.keyboard.press('Enter');

  const search = new SearchPage(page);
  await expect(search.results()).toBeVisible();
  await expect(page.getByTestId('element-hit').first()).toHaveAttribute('data-element', 'def.consent-irrelevant');
  await expect(search.hits().first().locator('mark').first()).toBeVisible();

  const countries = () => page.locator('.result-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-country')));
  await page.getByTestId('search-group').selectOption('mercosur');
  // Results refresh after the filter changes: wait until only members are listed.
  await expect.poll(async () => (await countries()).every((c) => ['ARG', 'BRA', 'PRY', 'URY', 'BOL', 'VEN'].includes(c as string))).toBe(true);
  await expect(search.hits().first()).toBeVisible();
  await page.getByTestId('search-group').selectOption('sica');
  await expect.poll(async () => (await countries()).every((c) => ['BLZ', 'CRI', 'SLV', 'GTM', 'HND', 'NIC', 'PAN', 'DOM'].includes(c as string))).toBe(true);

  await page.getByTestId('search-group').selectOption('mercosur');
  await expect.poll(async () => (await countries()).every((c) => ['ARG', 'BRA', 'PRY', 'URY', 'BOL', 'VEN'].includes(c as string))).toBe(true);
  // Open a hit by its key, so a re-render between reading and clicking cannot swap it.
  const key = (await search.hits().first().getAttribute('data-provision')) as string;
  await page.locator(`[data-testid="search-hit"][data-provision="${key}"]`).first().getByTestId('hit-link').click();
  await expect(page.getByTestId('country-page')).toBeVisible();
  await expect(page.locator(`article[data-provision="${key}"]`)).toBeInViewport();
  expect(outsideRequests).toEqual([]);
});

test('malformed queries give a friendly message, never a crash', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/search');
  const search = new SearchPage(page);
  for (const [q, message] of [
    ['label:', /must be followed by a word/],
    ['~', /must follow a word/],
    ['titulo:trata', /"titulo:" is not a field/],
  ] as const) {
    await search.search(q);
    await expect(search.problem()).toContainText(message);
  }
  await search.search('trata~1');
  await expect(search.problem()).toHaveCount(0);
  await expect(search.results()).toBeVisible();
});

test('earlier versions are searchable on request', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/search?q=fraud');
  const search = new SearchPage(page);
  await page.getByTestId('search-status').selectOption('historical');
  await expect(search.hits().first()).toHaveAttribute('data-status', 'historical');
});
