import { expect, type Page } from '@playwright/test';

/** The window around every view: sidebar, status bar, language switch. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** Opens the workbench and waits for the ready signal the app sets once it has its data. */
  async open(launchUrl: string, hash = ''): Promise<void> {
    await this.page.goto(launchUrl + hash);
    await expect(this.page.locator('html[data-workbench-ready="true"]')).toHaveCount(1);
  }

  nav(id: 'matrix' | 'countries' | 'elements' | 'harmonize' | 'search' | 'compare' | 'drafts' | 'import' | 'help') {
    return this.page.locator(`nav.sidebar a[data-nav="${id}"]`);
  }

  corpusVersion() {
    return this.page.getByTestId('corpus-version');
  }

  async setLanguage(language: 'en' | 'es' | 'pt' | 'fr'): Promise<void> {
    await this.page.locator('.language-switch select').selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }
}
