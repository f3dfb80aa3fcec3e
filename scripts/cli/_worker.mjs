// Entry of the worker thread scripts/atlas.ts runs a command in: tsx's loader is registered per thread, so the
// worker registers it before loading the TypeScript dispatcher, which then runs the command it was handed.
import { register } from 'tsx/esm/api';

register();
await import('../atlas.ts');
