// Worker thread of the bare-nodemailer runs in bench/email.ts (tsx registered per thread).
import { register } from 'tsx/esm/api';

register();
await import('./email-thread-main.ts');
