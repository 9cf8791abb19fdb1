import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3StoreConfig } from '../../src/config/app-config';
import { createS3Client } from '../../src/modules/evidence/storage/s3-evidence-store';

/** The key pair s3rver accepts; any S3-compatible service would give its own. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3 protocol server (s3rver) on loopback, in a child process, that a test can stop
 * and start again on the same port with the same objects, as a storage outage would.
 */
export class S3TestServer {
  private child: ChildProcess | null = null;
  port = 0;
  private readonly dir = mkdtempSync(join(tmpdir(), 'ethics-s3-'));

  static async start(): Promise<S3TestServer> {
    const server = new S3TestServer();
    await server.run();
    return server;
  }

  /** The store configuration of a fresh bucket on this server, created through the S3 API. */
  async newBucket(): Promise<S3StoreConfig> {
    const config: S3StoreConfig = {
      endpoint: `http://127.0.0.1:${this.port}`,
      region: 'us-east-1',
      bucket: `evidence-${randomUUID()}`,
      credentials: CREDENTIALS,
      forcePathStyle: true,
    };
    const client = createS3Client(config);
    try {
      await client.send(new CreateBucketCommand({ Bucket: config.bucket }));
    } finally {
      client.destroy();
    }
    return config;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }

  /** Back on the same port, with the objects it held. */
  async restart(): Promise<void> {
    await this.stop();
    await this.run();
  }

  private async run(): Promise<void> {
    const child = fork(join(__dirname, 's3-server.mjs'), [], {
      env: { ...process.env, S3_TEST_DIR: this.dir, S3_TEST_PORT: String(this.port) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the S3 test server exited (${code})`)));
      child.once('message', (message: { ready: boolean; port?: number; message?: string }) =>
        message.ready ? resolve(message.port!) : reject(new Error(message.message)),
      );
    });
    this.child = child;
  }
}
