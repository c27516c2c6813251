import { build } from 'esbuild';

/** Bundles the Electron main process and the sandboxed preload into CommonJS files under build/electron. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  // CommonJS has no import.meta.url; give modules that read it the bundle's own file URL.
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'build/electron/main.cjs', external: ['electron', 'better-sqlite3'] });
// The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
await build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'build/electron/preload.cjs', external: ['electron'] });
// Long comparisons run in a worker thread: its own bundle beside the main process.
await build({ ...common, entryPoints: ['main/core/compare/compare-worker.ts'], outfile: 'build/electron/compare-worker.cjs' });
await build({ ...common, entryPoints: ['main/core/importers/import-worker.ts'], outfile: 'build/electron/import-worker.cjs', external: ['pdfjs-dist'] });
