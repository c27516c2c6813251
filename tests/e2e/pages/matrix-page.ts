import type { Page } from '@playwright/test';

export class MatrixPage {
  constructor(readonly page: Page) {}

  grid() {
    return this.page.getByTestId('matrix-grid');
  }

  row(code: string) {
    return this.page.locator(`.matrix-row[data-row="${code}"]`);
  }

  cell(code: string, element: string) {
    return this.row(code).locator(`[role="gridcell"][data-element="${element}"]`);
  }

  async filterByGroup(group: string): Promise<void> {
    await this.page.getByTestId('matrix-group').selectOption(group);
  }

  panel() {
    return this.page.getByTestId('cell-panel');
  }
}
