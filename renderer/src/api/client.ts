import type { ApiMethod, ApiResult, Args, Results, WorkbenchApi } from '../../../main/api/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in preview mode. */
    workbench?: WorkbenchApi;
  }
}

const TOKEN_KEY = 'workbench.token';

/** Reads the preview token from the launch URL once, keeps it for this tab, and removes it from the address bar. */
function previewToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function callPreview<M extends ApiMethod>(method: M, args: Args<M>, signal?: AbortSignal): Promise<ApiResult<Results[M]>> {
  const token = previewToken();
  if (!token) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: 'This page was opened without its access token. Open the URL that `npm run preview` printed.' } };
  }
  try {
    const res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token },
      body: JSON.stringify(args ?? {}),
      signal,
    });
    return (await res.json()) as ApiResult<Results[M]>;
  } catch (e) {
    if (signal?.aborted) return CANCELLED;
    return { ok: false, error: { code: 'UNAVAILABLE', message: `The preview server did not answer (${(e as Error).message}). Is it still running?` } };
  }
}

/** Calls one API method, through the preload under Electron and over loopback HTTP in preview. */
export function callApi<M extends ApiMethod>(method: M, args: Args<M>): Promise<ApiResult<Results[M]>> {
  const bridge = window.workbench;
  if (bridge) return (bridge[method] as (a: Args<M>) => Promise<ApiResult<Results[M]>>)(args);
  return callPreview(method, args);
}

const CANCELLED = { ok: false as const, error: { code: 'UNAVAILABLE' as const, message: 'Cancelled.' } };

/**
 * A call the user can cancel: the page stops waiting and discards the result (in preview the request
 * is aborted too). Used for long work whose result is only a preview or a file, so nothing is lost.
 */
export function callApiCancellable<M extends ApiMethod>(method: M, args: Args<M>, signal: AbortSignal): Promise<ApiResult<Results[M]>> {
  if (signal.aborted) return Promise.resolve(CANCELLED);
  const aborted = new Promise<ApiResult<Results[M]>>((resolve) => signal.addEventListener('abort', () => resolve(CANCELLED), { once: true }));
  const call = window.workbench ? callApi(method, args) : callPreview(method, args, signal);
  return Promise.race([call, aborted]);
}

/** Called at start-up so the token leaves the address bar before anything else reads it. */
export function initApiClient(): void {
  if (!window.workbench) previewToken();
}
