import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../main/core/paths/project-paths';

/** The e2e suite runs against the real built renderer and corpus; build them if missing or stale. */
export default function globalSetup(): void {
  const run = (script: string) => execFileSync('npm', ['run', '-s', script], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (!process.env.E2E_CORPUS_DIR) run('corpus:ensure');
  if (!existsSync(join(PROJECT_ROOT, 'build', 'renderer', 'index.html')) || process.env.E2E_REBUILD_RENDERER !== '0') run('build:renderer');
}
