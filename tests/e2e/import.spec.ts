import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { makeDocx, makePdf } from '../support/legal-fixtures';
import { AppShell } from './pages/app-shell';

// A fictional amending text written for this test (not the wording of any real law): it quotes new
// text for art. 145 bis of Argentina's Penal Code and has one article of its own.
const AMENDING = `LEY DE PRUEBA
Artículo 1.- Incorpórase como artículo 145 bis del Código Penal el siguiente:
"Artículo 145 bis.- Quien capte, traslade, acoja o reciba a personas para someterlas a explotación será penado con prisión de cuatro a ocho años, aun cuando la víctima lo hubiera consentido."
Artículo 2.- Comuníquese.`;

for (const kind of ['docx', 'pdf'] as const) {
  test(`imports a ${kind.toUpperCase()}, confirms the alignment, and the official text appears everywhere`, async ({ page, preview, outsideRequests }) => {
    const file = join(tmpdir(), `ley-de-prueba-${Date.now()}.${kind}`);
    writeFileSync(file, kind === 'docx' ? await makeDocx(AMENDING) : await makePdf(AMENDING));
    const shell = new AppShell(page);
    await shell.open(preview.launchUrl, '#/import');
    await page.getByTestId('import-country').selectOption('ARG');
    await page.getByTestId('import-file').setInputFiles(file);
    const quoted = page.locator('[data-testid="import-article"][data-number="145 bis"]');
    // The first PDF loads pdf.js cold; on a loaded two-core CI machine that takes a while.
    await expect(quoted).toBeVisible({ timeout: 45_000 });
    await expect(quoted.getByTestId('amends')).toContainText('ARG/cp');
    await expect(quoted.getByTestId('align-select')).toHaveValue('ARG/cp/145-bis');
    // Its own articles are not taken for articles of the law it amends.
    await expect(page.locator('[data-testid="import-article"][data-number="1"]').getByTestId('align-select')).toHaveValue('');
    const suggestion = quoted.getByTestId('suggestion').first();
    await expect(suggestion.locator('mark').first()).toBeVisible();
    await suggestion.locator('input').check();
    await page.getByTestId('confirm-import').click();
    await expect(page.getByTestId('import-done')).toContainText('3 articles saved');
    await expect(page.getByTestId('import-history')).toContainText(`.${kind}`);

    // The provision page shows the official text.
    await page.goto(`${preview.url}#/countries/ARG`);
    const card = page.locator('article[data-provision="ARG/cp/145-bis"]');
    await card.getByTestId('official-text').locator('summary').click();
    await expect(card.getByTestId('official-text')).toContainText('someterlas a explotación');

    // Search finds it, marked as imported official text.
    await page.goto(`${preview.url}#/search?q=someterlas`);
    await page.getByTestId('search-source').selectOption('official');
    await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-provision', 'ARG/cp/145-bis');
    await expect(page.getByTestId('hit-source').first()).toContainText('imported official text');

    // Compare shows it against our digest, labelled as the official text.
    await page.goto(`${preview.url}#/compare`);
    await page.getByTestId('left-kind').selectOption('official');
    await page.getByTestId('left-country').selectOption('ARG');
    await page.getByTestId('left-provision').selectOption('ARG/cp/145-bis');
    await page.getByTestId('right-kind').selectOption('provision');
    await page.getByTestId('right-country').selectOption('ARG');
    await page.getByTestId('right-provision').selectOption('ARG/cp/145-bis');
    await page.getByTestId('run-compare').click();
    await expect(page.getByTestId('left-source')).toHaveText('imported official text');
    await expect(page.getByTestId('right-source')).toContainText('corpus digest');
    expect(outsideRequests).toEqual([]);
  });
}

test('refuses a file with no articles, and a too-large file, with a specific message', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/import');
  await page.getByTestId('import-country').selectOption('ARG');
  const letter = join(tmpdir(), 'carta.txt');
  writeFileSync(letter, 'Estimada señora:\nLe escribo para confirmar la reunión.\nAtentamente.');
  await page.getByTestId('import-file').setInputFiles(letter);
  await expect(page.getByTestId('import-error')).toContainText('No articles or sections could be recognized');
  await page.getByTestId('import-file').setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(26 * 1024 * 1024, 1) });
  await expect(page.getByTestId('import-error')).toContainText('26.0 MB');
});

test('a long import can be cancelled, and nothing is saved', async ({ page, preview }) => {
  const shell = new AppShell(page);
  await shell.open(preview.launchUrl, '#/import');
  await page.getByTestId('import-country').selectOption('ARG');
  // About 3 MB of articles: long enough to cancel while the import worker reads it.
  const big = Array.from({ length: 20_000 }, (_, i) => `Artículo ${i + 1}.- Texto de prueba de la ley de ensayo número ${i}, con palabras de relleno para ocupar espacio en el archivo.`).join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'grande.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await page.getByTestId('cancel-import').click();
  await expect(page.getByTestId('import-error')).toContainText('Import cancelled: nothing was saved.');
  await expect(page.locator('[data-testid="import-history"] tbody tr')).toHaveCount(0);
});
