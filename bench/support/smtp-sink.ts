// An SMTP sink for the e-mail benchmark: accepts every message on loopback and throws it away
// after reading it to the end, so the sender pays for the whole transfer. Runs in its own
// process so it does not share the measured process's event loop. Prints "ready <port>" when
// it listens and "received <n>" when it is asked to stop (SIGTERM).
import { SMTPServer } from 'smtp-server';

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  // Many pooled connections from several senders at once.
  maxClients: 64,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => {
  console.log(`received ${received}`);
  server.close(() => process.exit(0));
});
