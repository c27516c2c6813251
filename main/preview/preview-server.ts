import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { SECURITY_HEADERS } from '../core/security/content-security-policy';
import { readStatic } from './static-files';

export const TOKEN_HEADER = 'x-workbench-token';
/** Room for a comparison of two whole codes (2 million characters a side), and no more. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;
/** An imported file of up to 25 MB travels as base64. */
const MAX_UPLOAD_BODY_BYTES = 37 * 1024 * 1024;
const LOOPBACK_HOST = '127.0.0.1';

export interface PreviewServerOptions {
  handlers: Handlers;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Tests may fix the token; by default a fresh random one per launch. */
  token?: string;
}

export interface PreviewServer {
  url: string;
  /** The URL to open: carries the token once; the page keeps it in session storage. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const jsonError = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the workbench API on 127.0.0.1 only. API calls need the per-launch
 * token; requests naming another host (DNS rebinding) or coming from another origin are refused.
 */
export async function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server = createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!allowedHosts.has(host)) return jsonError(res, 421, 'BAD_HOST', 'This server answers only to its loopback address.');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin)) return jsonError(res, 403, 'BAD_ORIGIN', 'Cross-origin requests are refused.');
      const url = new URL(req.url ?? '/', `http://${host}`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return jsonError(res, 405, 'METHOD_NOT_ALLOWED', 'API calls use POST.');
        const given = req.headers[TOKEN_HEADER];
        if (typeof given !== 'string' || !tokensEqual(given, token)) return jsonError(res, 401, 'UNAUTHORIZED', 'A valid workbench token is required.');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'API calls send application/json.');
        const max = url.pathname === '/api/previewImport' ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
        const body = await readBody(req, max);
        if (body === null) return jsonError(res, 413, 'TOO_LARGE', url.pathname === '/api/previewImport' ? 'The file is too large to import (at most 25 MB).' : `Request body over ${max} bytes.`);
        let args: unknown;
        try {
          args = body.length ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'request body is not valid JSON' } }));
        }
        const result = await dispatch(opts.handlers, url.pathname.slice('/api/'.length), args);
        const status = result.ok ? 200 : result.error.code === 'UNKNOWN_METHOD' ? 404 : result.error.code === 'INTERNAL' ? 500 : result.error.code === 'NOT_FOUND' ? 404 : 400;
        return send(res, status, JSON.stringify(result));
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return jsonError(res, 405, 'METHOD_NOT_ALLOWED', 'Only GET is served outside the API.');
      const file = await readStatic(opts.rendererDir, url.pathname);
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return send(res, 200, req.method === 'HEAD' ? '' : file.body, file.type);
    } catch (e) {
      console.error('[preview] request failed:', e);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL', 'The preview server failed to answer.');
    }
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK_HOST, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${LOOPBACK_HOST}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://${LOOPBACK_HOST}:${port}`, `http://localhost:${port}`]);
  const url = `http://${LOOPBACK_HOST}:${port}/`;
  return {
    url,
    launchUrl: `${url}?token=${encodeURIComponent(token)}`,
    port,
    token,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
