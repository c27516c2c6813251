import { expect, type Page } from '@playwright/test';

export class DraftsPage {
  constructor(readonly page: Page) {}

  async create(opts: { title: string; country: string; amends?: string; from: 'blank' | 'model' | 'official' | 'digest'; element?: string }): Promise<void> {
    const form = this.page.getByTestId('new-draft');
    await form.getByTestId('draft-title').fill(opts.title);
    await form.getByTestId('draft-country').selectOption(opts.country);
    if (opts.amends) await form.getByTestId('draft-amends').selectOption(opts.amends);
    await form.getByTestId('draft-from').selectOption(opts.from);
    if (opts.element) await form.getByTestId('draft-element').selectOption(opts.element);
    await form.getByTestId('create-draft').click();
    await expect(this.editor()).toBeVisible();
  }

  editor() {
    return this.page.getByTestId('draft-editor');
  }

  text() {
    return this.page.getByTestId('draft-text');
  }

  saveState() {
    return this.page.getByTestId('save-state');
  }
}
