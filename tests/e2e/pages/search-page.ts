import type { Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  input() {
    return this.page.getByTestId('search-input');
  }

  async search(q: string): Promise<void> {
    await this.input().fill(q);
    await this.input().press('Enter');
  }

  results() {
    return this.page.getByTestId('search-results');
  }

  hits() {
    return this.page.getByTestId('search-hit');
  }

  problem() {
    return this.page.getByTestId('search-problem');
  }
}
