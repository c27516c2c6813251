import { readFileSync, writeFileSync } from 'node:fs';
import type { WindowBounds } from './window-options';

const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

/** Restores the last window position and size; a damaged file falls back to the default. */
export function loadWindowState(file: string): WindowBounds {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowBounds>;
    const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
    if (!ok(s.width) || !ok(s.height)) return DEFAULT_BOUNDS;
    return {
      x: ok(s.x) ? s.x : undefined,
      y: ok(s.y) ? s.y : undefined,
      width: Math.max(720, s.width as number),
      height: Math.max(480, s.height as number),
      maximized: s.maximized === true,
    };
  } catch {
    return DEFAULT_BOUNDS;
  }
}

export function saveWindowState(file: string, bounds: WindowBounds): void {
  try {
    writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Losing the window position is harmless; never let it block quitting.
  }
}
