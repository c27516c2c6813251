// Running from source (tsx, tests, preview): register the TypeScript loader inside the worker, then
// load the real worker. The desktop app runs the bundled import-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
