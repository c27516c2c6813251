import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { activeCorpusDir, installPackage, packCorpus, previewPackage, rollbackCorpus } from '../../main/core/corpus-updates/corpus-package';
import { openWorkbench } from '../../main/core/workbench-core';
import { copyCorpus, editYaml } from '../support/corpus-copy';
import { tempDir } from '../support/temp-dir';
import { palermo } from '../support/cli';

function build(edit?: (root: string) => void, epoch = '1700000000'): string {
  const src = copyCorpus();
  edit?.(src);
  process.env.SOURCE_DATE_EPOCH = epoch;
  const r = buildCorpus(src, tempDir());
  delete process.env.SOURCE_DATE_EPOCH;
  if (!r.ok) throw new Error('no build');
  return r.outDir;
}

describe('corpus packages', () => {
  // The bundled corpus (v1) and an update (v2) in which a provision and a status changed.
  const v1 = build();
  const v2 = build((root) => {
    editYaml(root, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].attributes.penalty.maxYears = 12));
    editYaml(root, 'jurisdictions/ATL/coverage.yaml', (d) => {
      d.coverage[2].status = 'full';
      delete d.coverage[2].shortcoming;
    });
  }, '1750000000');

  it('packs, verifies, shows what changed, installs without touching user data, and rolls back', async () => {
    const pkg = await packCorpus(v2, v1);
    const dataDir = tempDir();
    // The user has work in their database before the update.
    const before = openWorkbench({ corpusDir: v1, dataDir });
    before.notes.add({ targetKind: 'state', targetId: 'ATL', body: 'my note', tags: [] });
    before.close();

    const preview = await previewPackage(pkg, v1, dataDir);
    expect(preview).toMatchObject({ older: false, same: false });
    expect(preview.changes.provisionsChanged).toEqual(['ATL/ley-1/2']);
    expect(preview.changes.statusesMoved).toEqual([{ jurisdiction: 'ATL', element: 'def.consent-irrelevant', from: 'partial', to: 'full' }]);

    const installed = await installPackage(pkg, v1, dataDir);
    expect(installed.previous).toBe('bundled');
    const active = activeCorpusDir(v1, dataDir);
    expect(active).not.toBe(v1);
    const after = openWorkbench({ corpusDir: active, dataDir });
    expect(after.corpus.provision('ATL/ley-1/2')?.attributes.penalty?.maxYears).toBe(12);
    expect(after.notes.search({}).map((n) => n.body)).toEqual(['my note']);
    after.close();

    expect(rollbackCorpus(dataDir)).toEqual({ active: 'bundled' });
    expect(activeCorpusDir(v1, dataDir)).toBe(v1);
  });

  it('refuses an older package unless the user asks to roll back', async () => {
    const dataDir = tempDir();
    await installPackage(await packCorpus(v2, v1), v1, dataDir);
    const old = await packCorpus(v1, null);
    expect((await previewPackage(old, v1, dataDir)).older).toBe(true);
    await expect(installPackage(old, v1, dataDir)).rejects.toThrow(/older than the one in use/);
    await expect(installPackage(old, v1, dataDir, { allowOlder: true })).resolves.toMatchObject({ previous: expect.any(String) });
  });

  it('refuses a tampered, truncated or foreign package and changes nothing', async () => {
    const dataDir = tempDir();
    const zip = await JSZip.loadAsync(await packCorpus(v2, v1));
    const db = await zip.file('corpus.sqlite')!.async('nodebuffer');
    db[db.length - 5] ^= 0xff;
    zip.file('corpus.sqlite', db);
    const tampered = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(installPackage(tampered, v1, dataDir)).rejects.toThrow(/altered \(corpus\.sqlite does not match its hash\)/);
    await expect(installPackage(Buffer.from('not a zip'), v1, dataDir)).rejects.toThrow(/not a corpus package/);
    const foreign = await new JSZip().file('readme.txt', 'x').generateAsync({ type: 'nodebuffer' });
    await expect(installPackage(foreign, v1, dataDir)).rejects.toThrow(/no package manifest/);
    expect(activeCorpusDir(v1, dataDir)).toBe(v1);
  });

  it('prefers the bundled corpus when an app upgrade ships a newer one', async () => {
    const dataDir = tempDir();
    await installPackage(await packCorpus(v1, null), v1, dataDir, { allowOlder: true });
    expect(activeCorpusDir(v2, dataDir)).toBe(v2);
  });
});

describe('palermo corpus pack / install / rollback', () => {
  it('works from the command line', async () => {
    const { join } = await import('node:path');
    const v1 = build();
    const v2 = build((root) => editYaml(root, 'jurisdictions/ATL/provisions.yaml', (d) => (d.provisions[0].attributes.penalty.maxYears = 11)), '1760000000');
    const dir = tempDir();
    const file = join(dir, 'update.palermo-corpus');
    expect(palermo(['corpus', 'pack', file, '--out', v2, '--previous', v1]).code).toBe(0);
    const r = palermo(['corpus', 'install', file, '--out', v1, '--data-dir', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).changes.provisionsChanged).toEqual(['ATL/ley-1/2']);
    expect(palermo(['corpus', 'rollback', '--data-dir', dir]).code).toBe(0);
    expect(palermo(['corpus', 'install', join(dir, 'missing.palermo-corpus'), '--out', v1, '--data-dir', dir]).code).not.toBe(0);
  });
});
