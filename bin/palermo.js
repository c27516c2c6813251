#!/usr/bin/env node
// `npx palermo`: runs the TypeScript CLI through tsx, so the command needs no separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/palermo.ts');
