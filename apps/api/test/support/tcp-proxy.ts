import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of the test database, so a test can cut the
 * application off from PostgreSQL and reconnect it, on the embedded database
 * and a server alike.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private tripwire: { bytesLeft: number; cut: () => void } | null = null;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.on('data', (chunk: Buffer) => this.forwarded(chunk.length));
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Drops every connection and refuses new ones, like a database that went away. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Cuts (as `cut`) once `bytes` more have gone from clients towards the target: an outage in
   * the middle of a transfer, at a point chosen by volume rather than by time. Resolves once cut.
   */
  cutAfter(bytes: number): Promise<void> {
    return new Promise((resolve) => {
      this.tripwire = { bytesLeft: bytes, cut: () => void this.cut().then(resolve) };
    });
  }

  private forwarded(bytes: number): void {
    if (!this.tripwire) return;
    this.tripwire.bytesLeft -= bytes;
    if (this.tripwire.bytesLeft > 0) return;
    const { cut } = this.tripwire;
    this.tripwire = null;
    cut();
  }

  async restore(): Promise<void> {
    await this.start(this.port);
  }
}
