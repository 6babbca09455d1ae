// Worker thread of the bare-engine run in bench/letters.ts (tsx registered per thread).
import { register } from 'tsx/esm/api';

register();
await import('./engine-thread-main.ts');
