import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

/** `npm start`: builds everything and launches the desktop app, or explains why it cannot. */
const binary = findElectronBinary();
if (!binary.ok) {
  console.error(
    `Palermo Workbench cannot start the desktop app here: ${binary.reason}.\n` +
      'The Electron binary is downloaded from the network when the electron package installs, and this machine cannot reach it.\n' +
      'Run the same workbench in your browser instead:\n\n    npm run preview\n',
  );
  process.exit(1);
}
const built = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const child = spawn(binary.path, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
