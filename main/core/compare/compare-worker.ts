import { parentPort } from 'node:worker_threads';
import { diffAligned } from './article-align';
import type { Granularity } from './text-diff';

/** Runs one long diff off the thread that serves the UI, reporting progress article by article. */
parentPort?.on('message', (msg: { left: string; right: string; granularity: Granularity }) => {
  let last = 0;
  const result = diffAligned(msg.left, msg.right, msg.granularity, (done, total) => {
    const p = done / total;
    if (p - last >= 0.02) {
      last = p;
      parentPort?.postMessage({ type: 'progress', progress: p });
    }
  });
  parentPort?.postMessage({ type: 'done', result });
});
