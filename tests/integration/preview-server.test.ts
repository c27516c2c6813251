import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/api/handlers';
import { buildCorpus } from '../../main/core/corpus/build-corpus';
import { openWorkbench, type WorkbenchCore } from '../../main/core/workbench-core';
import { startPreviewServer, type PreviewServer } from '../../main/preview/preview-server';
import { FIXTURE_CORPUS } from '../support/corpus-copy';
import { tempDir } from '../support/temp-dir';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('preview server', () => {
  let server: PreviewServer;
  let core: WorkbenchCore;
  const api = (method: string, args: unknown, headers: Record<string, string> = {}) =>
    send(server.port, `/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': server.token, Host: `127.0.0.1:${server.port}`, ...headers },
      body: JSON.stringify(args),
    });

  beforeAll(async () => {
    const corpus = buildCorpus(FIXTURE_CORPUS, tempDir());
    if (!corpus.ok) throw new Error('fixture corpus did not build');
    const rendererDir = tempDir();
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    core = openWorkbench({ corpusDir: corpus.outDir, dataDir: tempDir() });
    server = await startPreviewServer({ handlers: createHandlers(core, { name: 'Palermo Workbench', version: 'test', shell: 'preview' }), rendererDir });
  });
  afterAll(async () => {
    await server.close();
    core.close();
  });

  it('listens on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.launchUrl).toContain(`token=${encodeURIComponent(server.token)}`);
  });

  it('answers an API call that carries the token', async () => {
    const r = await api('listJurisdictions', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: [{ code: 'ATL' }] });
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    for (const token of [undefined, 'wrong', `${'x'}${'y'.repeat(31)}`]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}` };
      if (token) headers['X-Workbench-Token'] = token;
      const r = await send(server.port, '/api/listJurisdictions', { method: 'POST', headers, body: '{}' });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('names the field of a malformed argument', async () => {
    const r = await api('getJurisdiction', { code: 7 });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'code', message: '"code": expected string' } });
    const missing = JSON.parse((await api('getJurisdiction', {})).body);
    expect(missing.error).toMatchObject({ field: 'code', message: 'missing required argument "code"' });
  });

  it('answers not-found for an unknown country', async () => {
    const r = await api('getJurisdiction', { code: 'ZZZ' });
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });

  it('refuses other Host headers (DNS rebinding) and other origins', async () => {
    expect((await api('listJurisdictions', {}, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await api('listJurisdictions', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('listJurisdictions', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses non-JSON bodies and GET on the API', async () => {
    expect((await api('listJurisdictions', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send(server.port, '/api/listJurisdictions', { headers: { Host: `127.0.0.1:${server.port}` } })).status).toBe(405);
  });

  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const host = { Host: `127.0.0.1:${server.port}` };
    const index = await send(server.port, '/', { headers: host });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect((await send(server.port, '/assets/app.js', { headers: host })).status).toBe(200);
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e/%2e%2e/%2e%2e/etc/hostname']) {
      expect((await send(server.port, p, { headers: host })).status, p).toBe(404);
    }
  });

  it('keeps settings in the user database', async () => {
    const r = await api('updateSettings', { patch: { language: 'fr' } });
    expect(JSON.parse(r.body).value.language).toBe('fr');
    expect(JSON.parse((await api('getSettings', {})).body).value.language).toBe('fr');
  });
});
