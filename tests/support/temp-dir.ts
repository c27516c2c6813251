import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDir = (prefix = 'palermo-test-') => mkdtempSync(join(tmpdir(), prefix));
