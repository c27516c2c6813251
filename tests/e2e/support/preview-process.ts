import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../../main/core/paths/project-paths';

/** Origins of the preview servers this test run started: the only places the page may reach. */
export const runningPreviewOrigins = new Set<string>();

export interface PreviewProcess {
  url: string;
  launchUrl: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the real preview server (`main/preview/main.ts`) in its own process, on a fresh data directory. */
export async function startPreview(opts: { dataDir?: string; corpusDir?: string } = {}): Promise<PreviewProcess> {
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'palermo-e2e-'));
  const args = ['--import', 'tsx', 'main/preview/main.ts', '--json', '--data-dir', dataDir];
  const corpusDir = opts.corpusDir ?? process.env.E2E_CORPUS_DIR;
  if (corpusDir) args.push('--corpus-dir', corpusDir);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`preview server exited with ${code}: ${stderr}`)));
  });
  const info = JSON.parse(line) as { url: string; launchUrl: string; token: string };
  runningPreviewOrigins.add(new URL(info.url).origin);
  return {
    ...info,
    dataDir,
    async stop() {
      runningPreviewOrigins.delete(new URL(info.url).origin);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
