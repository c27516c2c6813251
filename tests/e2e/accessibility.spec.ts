import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { AppShell } from './pages/app-shell';
import { readFileSync } from 'node:fs';

const locale = (l: string) => JSON.parse(readFileSync(`renderer/src/i18n/locales/${l}.json`, 'utf8'));
const en = locale('en');
const LOCALES = { en, es: locale('es'), pt: locale('pt'), fr: locale('fr') } as const;
type Lang = keyof typeof LOCALES;
const SHOTS = 'tests/e2e/screenshots';

/** The main views, how to reach each, what to wait for, and its heading in each language. */
const VIEWS: Array<{ name: string; hash: string; ready: string; heading: (l: typeof en) => string }> = [
  { name: 'matrix', hash: '#/matrix', ready: '.matrix-cell', heading: (l) => l.matrix.title },
  { name: 'countries', hash: '#/countries', ready: '[data-testid="country-list"]', heading: (l) => l.countries.title },
  { name: 'country', hash: '#/countries/ARG', ready: '[data-testid="country-profile"]', heading: () => 'Argentina' },
  { name: 'elements', hash: '#/elements', ready: 'details.element-entry', heading: (l) => l.elements.title },
  { name: 'element-across', hash: '#/elements/def.consent-irrelevant', ready: '[data-testid="across-summary"]', heading: () => '' },
  { name: 'harmonize', hash: '#/harmonize', ready: 'table.data-table', heading: (l) => l.harmonize.title },
  { name: 'search', hash: '#/search?q=trata', ready: '[data-testid="search-results"]', heading: (l) => l.search.title },
  { name: 'compare', hash: '#/compare?left=ARG/ley-26364/2@2010-01-01&right=ARG/ley-26364/2', ready: '[data-testid="run-compare"]', heading: (l) => l.compare.title },
  { name: 'drafts', hash: '#/drafts', ready: '[data-testid="new-draft"]', heading: (l) => l.drafts.title },
  { name: 'import', hash: '#/import', ready: '[data-testid="drop-zone"]', heading: (l) => l.import.title },
  { name: 'help', hash: '#/help', ready: '[data-testid="shortcuts"]', heading: (l) => l.help.title },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of Object.keys(LOCALES) as Lang[]) {
  test(`every main view in ${lang}: translated, and no serious accessibility violations`, async ({ page, preview }) => {
    const shell = new AppShell(page);
    await shell.open(preview.launchUrl, '#/countries');
    await shell.setLanguage(lang);
    const problems: string[] = [];
    for (const v of VIEWS) {
      await page.goto(`${preview.url}${v.hash}`);
      await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
      await expect(page.locator(v.ready).first()).toBeVisible();
      const heading = v.heading(LOCALES[lang]);
      if (heading) await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      for (const p of await seriousViolations(page)) problems.push(`${v.name}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main view in the ${theme} theme: screenshots and no serious violations`, async ({ page, preview }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 860 });
    const shell = new AppShell(page);
    await shell.open(preview.launchUrl, '#/countries');
    await page.getByTestId('theme-switch').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const problems: string[] = [];
    for (const v of VIEWS) {
      await page.goto(`${preview.url}${v.hash}`);
      await expect(page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator(v.ready).first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/${v.name}-${theme}.png` });
      for (const p of await seriousViolations(page)) problems.push(`${v.name}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
}
