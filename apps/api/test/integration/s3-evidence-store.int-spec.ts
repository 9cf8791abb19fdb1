import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { S3StoreConfig } from '../../src/config/app-config';
import {
  ContentMissingError,
  ContentTooLargeError,
  StoreUnavailableError,
} from '../../src/modules/evidence/storage/evidence-store';
import {
  createS3Client,
  objectKey,
  PART_BYTES,
  S3EvidenceStore,
} from '../../src/modules/evidence/storage/s3-evidence-store';
import { S3TestServer } from '../support/s3-test-server';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface SentRequest {
  command: string;
  headers: Record<string, string>;
}

/** Records every request the store's client sends, as the service receives it. */
function recordRequests(client: S3Client): SentRequest[] {
  const sent: SentRequest[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      sent.push({ command: String(context.commandName), headers: { ...request.headers } });
      return next(args);
    },
    { step: 'finalizeRequest', name: 'recordRequests' },
  );
  return sent;
}

async function keysIn(client: S3Client, bucket: string): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (listed.Contents ?? []).map((object) => object.Key!).sort();
}

describe('S3EvidenceStore against an S3 protocol server', () => {
  let server: S3TestServer;
  let config: S3StoreConfig;
  let client: S3Client;
  let inspector: S3Client;
  let sent: SentRequest[];
  let stagingDir: string;
  let store: S3EvidenceStore;

  beforeAll(async () => {
    // The store says what failed through Nest's logger; these tests fail on purpose.
    Logger.overrideLogger(false);
    server = await S3TestServer.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(async () => {
    config = await server.newBucket();
    client = createS3Client(config);
    inspector = createS3Client(config);
    sent = recordRequests(client);
    stagingDir = mkdtempSync(join(tmpdir(), 'ethics-s3-staging-'));
    store = new S3EvidenceStore(client, config.bucket, stagingDir);
  });
  afterEach(() => {
    store.onModuleDestroy();
    inspector.destroy();
  });

  it('stores bytes once under their hash, with the SHA-256 for the service to check, and reads them back', async () => {
    const bytes = Buffer.from('the contract, page one');
    const stored = await store.put(Readable.from([bytes]), 1000);
    expect(stored).toEqual({
      sha256: sha256(bytes),
      size: bytes.length,
      location: `s3://${config.bucket}/sha256/${sha256(bytes)}`,
    });
    const put = sent.find((request) => request.command === 'PutObjectCommand');
    expect(put?.headers).toMatchObject({
      'x-amz-checksum-sha256': Buffer.from(sha256(bytes), 'hex').toString('base64'),
      'if-none-match': '*',
    });
    const reader = await store.open(stored.sha256);
    expect(reader.size).toBe(bytes.length);
    await expect(buffer(reader.stream)).resolves.toEqual(bytes);
    await expect(store.exists(stored.sha256)).resolves.toBe(true);
    await expect(keysIn(inspector, config.bucket)).resolves.toEqual([objectKey(stored.sha256)]);
    await expect(readdir(stagingDir)).resolves.toEqual([]);
  });

  it('writes identical bytes once: the second upload only looks', async () => {
    const bytes = randomBytes(1000);
    await store.put(Readable.from([bytes]), 10_000);
    sent.length = 0;
    await store.put(Readable.from([bytes]), 10_000);
    expect(sent.map((request) => request.command)).toEqual(['HeadObjectCommand']);
    await expect(keysIn(inspector, config.bucket)).resolves.toEqual([objectKey(sha256(bytes))]);
    await expect(readdir(stagingDir)).resolves.toEqual([]);
  });

  it('never overwrites what the bucket holds under a hash', async () => {
    const bytes = Buffer.from('original bytes');
    const key = objectKey(sha256(bytes));
    const forged = Buffer.from('forged  bytes!');
    await inspector.send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: forged }));
    await store.put(Readable.from([bytes]), 1000);
    expect(sent.map((request) => request.command)).toEqual(['HeadObjectCommand']);
    const held = await inspector.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
    await expect(buffer(held.Body as Readable)).resolves.toEqual(forged);
  });

  it('uploads a file larger than a part in parts, each with its SHA-256', async () => {
    const bytes = randomBytes(PART_BYTES * 2 + 12345);
    const stored = await store.put(Readable.from([bytes.subarray(0, PART_BYTES), bytes.subarray(PART_BYTES)]), 1e9);
    expect(stored.sha256).toBe(sha256(bytes));
    const parts = sent.filter((request) => request.command === 'UploadPartCommand');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.headers['x-amz-checksum-sha256']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const complete = sent.find((request) => request.command === 'CompleteMultipartUploadCommand');
    expect(complete?.headers['if-none-match']).toBe('*');
    const reader = await store.open(stored.sha256);
    expect(reader.size).toBe(bytes.length);
    expect(sha256(await buffer(reader.stream))).toBe(stored.sha256);
  });

  it('refuses content over the limit and sends nothing', async () => {
    await expect(store.put(Readable.from([randomBytes(600), randomBytes(600)]), 1000)).rejects.toBeInstanceOf(
      ContentTooLargeError,
    );
    expect(sent).toEqual([]);
    await expect(readdir(stagingDir)).resolves.toEqual([]);
  });

  it('discards a staged upload without touching the bucket', async () => {
    const staged = await store.stage(Readable.from([Buffer.from('draft')]), 100);
    await store.discard(staged);
    expect(sent).toEqual([]);
    await expect(readdir(stagingDir)).resolves.toEqual([]);
  });

  it('says when it holds nothing, and lists what it holds', async () => {
    await expect(store.open(sha256(Buffer.from('never stored')))).rejects.toBeInstanceOf(ContentMissingError);
    await expect(store.exists(sha256(Buffer.from('never stored')))).resolves.toBe(false);
    const first = await store.put(Readable.from([Buffer.from('one')]), 100);
    const second = await store.put(Readable.from([Buffer.from('two')]), 100);
    await inspector.send(new PutObjectCommand({ Bucket: config.bucket, Key: 'not-evidence.txt', Body: 'x' }));
    const listed: { sha256: string; size: number }[] = [];
    for await (const { sha256: hash, size, storedAt } of store.list()) {
      expect(Number.isFinite(storedAt.getTime())).toBe(true);
      listed.push({ sha256: hash, size });
    }
    expect(listed.sort((a, b) => a.sha256.localeCompare(b.sha256))).toEqual(
      [first, second]
        .map(({ sha256: hash, size }) => ({ sha256: hash, size }))
        .sort((a, b) => a.sha256.localeCompare(b.sha256)),
    );
  });

  it('fails with StoreUnavailableError while the service is down, and keeps nothing staged', async () => {
    const stored = await store.put(Readable.from([Buffer.from('kept')]), 100);
    await server.stop();
    try {
      await expect(store.put(Readable.from([Buffer.from('new')]), 100)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.open(stored.sha256)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.exists(stored.sha256)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(readdir(stagingDir)).resolves.toEqual([]);
    } finally {
      await server.restart();
    }
    await expect(store.exists(stored.sha256)).resolves.toBe(true);
  });

  it('treats a missing bucket as unavailable, not as missing content', async () => {
    const elsewhere = new S3EvidenceStore(
      createS3Client({ ...config, bucket: 'no-such-bucket' }),
      'no-such-bucket',
      stagingDir,
    );
    try {
      await expect(elsewhere.open(sha256(Buffer.from('x')))).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      elsewhere.onModuleDestroy();
    }
  });
});
