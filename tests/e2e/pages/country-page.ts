import type { Page } from '@playwright/test';

export class CountryPage {
  constructor(readonly page: Page) {}

  root() {
    return this.page.getByTestId('country-page');
  }

  coverageRow(element: string) {
    return this.page.locator(`.coverage-table tr[data-element="${element}"]`);
  }

  provision(key: string) {
    return this.page.locator(`article[data-provision="${key}"]`);
  }

  instrument(key: string) {
    return this.page.locator(`li[data-instrument="${key}"]`);
  }
}
