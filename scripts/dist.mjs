import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

/** `npm run dist`: builds the installers, or says plainly why it cannot on this machine. */
const binary = findElectronBinary();
if (!binary.ok) {
  console.error(
    `npm run dist cannot package the workbench here: ${binary.reason}.\n` +
      'Packaging needs the Electron binary and Electron headers (to rebuild better-sqlite3), both downloaded from the network.\n' +
      'Run it on a machine with network access; the packaging configuration itself is checked by `npm test`.',
  );
  process.exit(1);
}
for (const [cmd, args] of [['npm', ['run', '-s', 'build']], ['npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]]]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
