import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../main/core/paths/project-paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|mjs)$/.test(f) ? [p] : [];
  });
}

const importsOf = (src: string) => [...src.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((m) => ({ typeOnly: Boolean(m[2]), from: m[3] }));

/** The layering rules of the tree, enforced here rather than remembered. */
describe('runtime boundaries', () => {
  it('the core, the API and the preview server never import electron or React', () => {
    const offenders: string[] = [];
    for (const dir of ['main/core', 'main/api', 'main/preview', 'main/cli']) {
      for (const f of files(join(PROJECT_ROOT, dir))) {
        for (const i of importsOf(readFileSync(f, 'utf8'))) {
          if (i.from === 'electron' || i.from.startsWith('react')) offenders.push(`${relative(PROJECT_ROOT, f)} imports ${i.from}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the renderer takes only types from main/', () => {
    const offenders: string[] = [];
    for (const f of files(join(PROJECT_ROOT, 'renderer', 'src'))) {
      for (const i of importsOf(readFileSync(f, 'utf8'))) {
        if (i.from.includes('/main/') && !i.typeOnly) offenders.push(`${relative(PROJECT_ROOT, f)} imports ${i.from} at run time`);
        if (i.from.startsWith('node:') || i.from === 'electron' || i.from === 'better-sqlite3') offenders.push(`${relative(PROJECT_ROOT, f)} imports ${i.from}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('only the preload and the Electron shell touch ipc', () => {
    const offenders: string[] = [];
    for (const f of files(join(PROJECT_ROOT, 'main')).concat(files(join(PROJECT_ROOT, 'renderer', 'src')))) {
      const rel = relative(PROJECT_ROOT, f);
      if (rel.startsWith('main/electron/')) continue;
      if (/\bipc(Main|Renderer)\b/.test(readFileSync(f, 'utf8'))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });
});
