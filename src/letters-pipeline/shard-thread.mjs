// Entry of a render thread (loaded by Piscina). Threads do not inherit the TypeScript loader of
// the main thread, so each registers tsx before loading the real code; the default export is
// the function Piscina calls for every shard.
import { register } from 'tsx/esm/api';

register();
const { renderInThread } = await import('./shard-thread-main.ts');
export default renderInThread;
