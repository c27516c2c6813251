import { chromium } from 'playwright-core';
import { createHandlers } from '../../main/api/handlers';
import { writeCorpusBuild } from '../../main/core/corpus/build-corpus';
import { CorpusRepository } from '../../main/core/corpus/corpus-repository';
import { openCorpus } from '../../main/core/corpus/open-corpus';
import { findChromium } from '../../main/core/exports/chromium-pdf-printer';
import { GapService } from '../../main/core/gaps/gap-service';
import { RENDERER_DIST_DIR } from '../../main/core/paths/project-paths';
import { openWorkbench } from '../../main/core/workbench-core';
import { startPreviewServer } from '../../main/preview/preview-server';
import { tempDir } from '../support/temp-dir';
import { measure, ms, ratio, row } from './bench-util';
import { syntheticModel } from './synthetic-corpus';

/** Matrix computation (core) and first render (Chromium) at the OAS size and at a synthetic 500 x 200. */
export async function matrixBench(): Promise<void> {
  const sizes = [
    { label: '35 x 102 (OAS size)', states: 35, elements: 102 },
    { label: '500 x 200 (synthetic)', states: 500, elements: 200 },
  ];
  const results: Array<{ compute: number; render: number | null }> = [];
  const executablePath = findChromium();
  const browser = executablePath ? await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }) : null;
  console.log('\nmatrix (npm run bench)');
  row('', 'compute p50', 'compute p95', 'render p50');
  for (const size of sizes) {
    const dir = tempDir();
    writeCorpusBuild(syntheticModel({ states: size.states, elementCount: size.elements, provisionsPerState: 2 }), 'bench', dir);
    const { db, manifest } = openCorpus(dir);
    const gaps = new GapService(new CorpusRepository(db, manifest));
    const compute = await measure(() => gaps.matrix({ sort: 'score' }), 15);
    db.close();
    let render: number | null = null;
    if (browser) {
      const core = openWorkbench({ corpusDir: dir, dataDir: tempDir() });
      const server = await startPreviewServer({ handlers: createHandlers(core, { name: 'bench', version: '0', shell: 'preview' }), rendererDir: RENDERER_DIST_DIR });
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // First render: from navigation to the first matrix cell painted, on a fresh page load each run.
      const t = await measure(async () => {
        await page.goto(`${server.launchUrl}#/matrix`);
        await page.waitForSelector('.matrix-cell', { state: 'visible' });
      }, 7, 1);
      render = t.median;
      await page.close();
      await server.close();
      core.close();
    }
    results.push({ compute: compute.median, render });
    row(size.label, ms(compute.median), ms(compute.p95), render === null ? 'no Chromium' : ms(render));
  }
  row('ratio 500x200 / 35x102', ratio(results[1].compute, results[0].compute), '', results[0].render && results[1].render ? ratio(results[1].render, results[0].render) : '—');
  console.log(`  (cells: ${35 * 102} vs ${500 * 200} = ${ratio(500 * 200, 35 * 102)} more; the grid virtualizes both axes, so render grows far less than cells)`);
  await browser?.close();
}
