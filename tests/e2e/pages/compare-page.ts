import { expect, type Page } from '@playwright/test';

export class ComparePage {
  constructor(readonly page: Page) {}

  async run(): Promise<void> {
    await this.page.getByTestId('run-compare').click();
  }

  result() {
    return this.page.getByTestId('compare-result');
  }

  changeCount() {
    return this.page.getByTestId('change-count');
  }

  leftPane() {
    return this.page.getByTestId('left-pane');
  }

  rightPane() {
    return this.page.getByTestId('right-pane');
  }

  chip(element: string, side: 'both' | 'left' | 'right') {
    return this.page.locator(`[data-testid="substance-panel"] [data-chip="${element}"][data-side="${side}"]`);
  }

  async pasteBoth(left: string, right: string): Promise<void> {
    for (const [side, text] of [['left', left], ['right', right]] as const) {
      await this.page.getByTestId(`${side}-kind`).selectOption('text');
      await this.page.getByTestId(`${side}-text`).fill(text);
    }
    await expect(this.page.getByTestId('run-compare')).toBeEnabled();
  }
}
