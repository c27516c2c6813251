import { test, expect } from './support/fixtures';
import { AppShell } from './pages/app-shell';

test('first run welcomes, explains the three jobs and opens the matrix; remembered after', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries');
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toBeVisible();
  await expect(welcome.locator('li')).toHaveCount(3);
  await page.getByTestId('welcome-start').click();
  await expect(page).toHaveURL(/#\/matrix/);
  await page.reload();
  await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
  await expect(welcome).toHaveCount(0);
});

test('the command palette reaches every action from the keyboard', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/countries');
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  await page.keyboard.type('harmon');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/harmonize/);
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Theme: Dark');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Español');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
});

test('help shows the versions, the sources and the shortcuts', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/help');
  await expect(page.getByTestId('about')).toContainText(/Corpus version/);
  await expect(page.getByTestId('shortcuts')).toContainText('Ctrl/⌘ + Shift + P');
});
