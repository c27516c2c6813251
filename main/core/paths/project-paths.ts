import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root when running from source (tsx, tests, CLI). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SOURCE_CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
export const BUILT_CORPUS_DIR = join(PROJECT_ROOT, 'build', 'corpus');
export const RENDERER_DIST_DIR = join(PROJECT_ROOT, 'build', 'renderer');
