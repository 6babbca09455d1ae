import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server (PostgreSQL in the fault tests) that a test can cut,
 * stall and restore, the way a failover, a firewall or a hung database behaves:
 * - `cut()`: every open connection is reset and new ones are closed at once;
 * - `stall()`: connections are accepted but no byte passes in either direction;
 * - `restore()`: traffic flows again (connections stalled so far are reset, as a firewall
 *   that forgot them would).
 */
export interface TcpProxy {
  port: number;
  cut(): void;
  stall(): void;
  restore(): void;
  /** Connections accepted so far (to see that the pool reconnected). */
  accepted(): number;
  close(): Promise<void>;
}

type Mode = 'pass' | 'cut' | 'stall';

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: Mode = 'pass';
  let count = 0;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    count++;
    track(client);
    if (mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (mode === 'pass') to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const resetAll = () => {
    for (const socket of open) socket.resetAndDestroy();
  };
  return {
    port,
    cut() {
      mode = 'cut';
      resetAll();
    },
    stall() {
      mode = 'stall';
    },
    restore() {
      if (mode === 'stall') resetAll();
      mode = 'pass';
    },
    accepted: () => count,
    close() {
      resetAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
