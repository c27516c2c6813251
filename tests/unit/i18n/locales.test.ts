import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../main/core/paths/project-paths';
import { RESOURCES } from '../../../renderer/src/i18n/i18n';

function flatten(o: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(prefix + k, String(v));
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('interface translations', () => {
  const en = flatten(RESOURCES.en.translation);

  for (const lang of ['es', 'pt', 'fr'] as const) {
    it(`${lang} has exactly the English keys, each translated`, () => {
      const other = flatten(RESOURCES[lang].translation);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [k, v] of other) expect(v.trim(), `${lang}:${k}`).not.toBe('');
      // Interpolation placeholders must survive translation.
      for (const [k, v] of en) for (const ph of v.match(/\{\{\w+\}\}/g) ?? []) expect(other.get(k), `${lang}:${k}`).toContain(ph);
    });
  }

  it('every key the interface uses exists', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(PROJECT_ROOT, 'renderer', 'src'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) if (!en.has(m[1])) missing.push(`${file}: ${m[1]}`);
      // Template keys such as t(`status.${s}`): the prefix must exist as a group.
      for (const m of src.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\.\$\{/g)) if (![...en.keys()].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });
});
