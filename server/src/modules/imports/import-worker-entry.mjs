// Workers start without the TypeScript loader of the main thread when it was not given on the
// command line (vitest); registering tsx here makes the worker's .ts modules loadable either way.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
