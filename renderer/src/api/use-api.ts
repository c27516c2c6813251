import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiMethod, Args, Results } from '../../../main/api/contract';
import { callApi } from './client';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; value: T };

/** Loads one API result for a view, reloading when the arguments change. */
export function useApi<M extends ApiMethod>(method: M, args: Args<M>): Loadable<Results[M]> & { reload: () => void } {
  const key = JSON.stringify(args);
  const [result, setResult] = useState<Loadable<Results[M]>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  const lastKey = useRef(key);
  useEffect(() => {
    let live = true;
    // A reload of the same request keeps showing the last value until the new one arrives.
    if (lastKey.current !== key) setResult({ state: 'loading' });
    lastKey.current = key;
    callApi(method, JSON.parse(key) as Args<M>).then((r) => {
      if (!live) return;
      setResult(r.ok ? { state: 'ready', value: r.value } : { state: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [method, key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...result, reload };
}
