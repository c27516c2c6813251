import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../main/core/paths/project-paths';

/** Runs the real CLI in its own process, as other tools will. */
export function palermo(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/palermo.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
