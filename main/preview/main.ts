import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createHandlers } from '../api/handlers';
import { appVersion } from '../core/app-version';
import { BUILT_CORPUS_DIR, RENDERER_DIST_DIR } from '../core/paths/project-paths';
import { defaultUserDataDir, PRODUCT_NAME } from '../core/paths/user-data-dir';
import { openWorkbench } from '../core/workbench-core';
import { chromiumPdfPrinter } from '../core/exports/chromium-pdf-printer';
import { activeCorpusDir } from '../core/corpus-updates/corpus-package';
import { startPreviewServer } from './preview-server';

/** `npm run preview`: serves the real UI and API on loopback for browsers where Electron cannot run. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'corpus-dir': { type: 'string', default: BUILT_CORPUS_DIR },
      'renderer-dir': { type: 'string', default: RENDERER_DIST_DIR },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
  const dataDir = resolve(values['data-dir'] ?? defaultUserDataDir(process.platform, process.env, homedir()));
  const rendererDir = resolve(values['renderer-dir']);
  if (!existsSync(resolve(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}; run \`npm run build:renderer\`.`);

  const bundledCorpusDir = resolve(values['corpus-dir']);
  // An update the user installed (File > Update corpus) takes precedence when it is newer.
  const core = openWorkbench({ corpusDir: activeCorpusDir(bundledCorpusDir, dataDir), dataDir, bundledCorpusDir }, { pdfPrinter: chromiumPdfPrinter() });
  const handlers = createHandlers(core, { name: PRODUCT_NAME, version: appVersion(), shell: 'preview' });
  const server = await startPreviewServer({ handlers, rendererDir, port });

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ url: server.url, launchUrl: server.launchUrl, token: server.token, dataDir })}\n`);
  } else {
    process.stdout.write(`${PRODUCT_NAME} preview (corpus ${core.corpus.info().version}, data in ${dataDir})\nOpen: ${server.launchUrl}\nPress Ctrl+C to stop.\n`);
  }
  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`preview: ${e.message}\n`);
  process.exit(1);
});
