// Entry of a worker thread that renders letter shards. Threads do not inherit the TypeScript
// loader of the main thread, so each registers tsx before loading the real code.
import { register } from 'tsx/esm/api';

register();
await import('./shard-thread-main.ts');
