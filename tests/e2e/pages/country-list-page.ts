import type { Page } from '@playwright/test';

export class CountryListPage {
  constructor(readonly page: Page) {}

  table() {
    return this.page.getByTestId('country-list');
  }

  row(code: string) {
    return this.page.locator(`tr[data-country="${code}"]`);
  }

  async openCountry(code: string): Promise<void> {
    await this.row(code).getByRole('link').click();
  }
}
