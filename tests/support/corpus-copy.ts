import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../../main/core/paths/project-paths';

export const FIXTURE_CORPUS = join(PROJECT_ROOT, 'tests', 'fixtures', 'corpus-mini');

/** A private copy of a corpus source tree, for tests that seed errors into it. */
export function copyCorpus(source = FIXTURE_CORPUS): string {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-corpus-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** Edits one YAML file of a corpus copy through a callback on its parsed data. */
export function editYaml(root: string, rel: string, edit: (data: any) => void): void {
  const path = join(root, rel);
  const data = parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, stringify(data));
}
