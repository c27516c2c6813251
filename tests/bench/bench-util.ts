import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs fn `runs` times after `warmup` unmeasured runs; reports median and p95 in milliseconds. */
export async function measure(fn: () => unknown | Promise<unknown>, runs = 15, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)], runs };
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
export const row = (label: string, ...cells: string[]) => console.log(`  ${label.padEnd(44)}${cells.map((c) => c.padStart(14)).join('')}`);
