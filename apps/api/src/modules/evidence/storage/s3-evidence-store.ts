import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { S3StoreConfig } from '../../../config/app-config';
import { DiskStagedStore } from './disk-staging';
import {
  assertSha256,
  ContentMissingError,
  StoreUnavailableError,
  type ContentReader,
  type StagedContent,
  type StoredContent,
  type StoredObject,
} from './evidence-store';

/** Committed objects live under `sha256/<hex>`: the key says what the bytes are, nothing else. */
const KEY_PREFIX = 'sha256/';
const SHA256_KEY = /^sha256\/([0-9a-f]{64})$/;

/**
 * Files up to one part go up in a single PUT that carries our SHA-256, so the service checks
 * the whole object against the hash we computed as it streamed in. Larger files go up in parts
 * of this size, each with its own SHA-256, at most UPLOAD_QUEUE parts at a time: an upload
 * holds about (UPLOAD_QUEUE + 1) × PART_BYTES in memory however large the file.
 */
export const PART_BYTES = 8 * 1024 * 1024;
const UPLOAD_QUEUE = 2;

export function createS3Client(config: S3StoreConfig): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint ?? undefined,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials ?? undefined,
    // We send the SHA-256 ourselves where it matters. The SDK's own default (a CRC32 in an
    // aws-chunked trailer) is not understood by every S3-compatible service, and its response
    // check would fail `verify` with an SDK error where we want to report the mismatch.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    // An unreachable or hung service must become a 503 in seconds, not a request that hangs.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

/**
 * The evidence store in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2…).
 *
 * Uploads are staged on local disk for the length of the request, not in the bucket: the key
 * depends on the hash, which is known only once the last byte has arrived. Staging locally
 * means the object is written once, straight to its content address, with a checksum the
 * service verifies, and never when the bucket already holds it; the app needs no permission
 * to delete or overwrite anything, so the bucket can be made write-once (Object Lock).
 */
export class S3EvidenceStore extends DiskStagedStore implements OnModuleDestroy {
  private readonly logger = new Logger('EvidenceStore');

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    stagingDir: string,
  ) {
    super(stagingDir);
  }

  async commit(staged: StagedContent): Promise<StoredContent & { location: string }> {
    assertSha256(staged.sha256);
    const key = objectKey(staged.sha256);
    try {
      const held = await this.storedSize(key);
      if (held === null) await this.upload(staged, key);
      else if (held !== staged.size) {
        // Same hash, other length: the bucket was tampered with. Never overwrite it; let verify tell.
        throw new Error(`the bucket holds ${key} with ${held} bytes, not ${staged.size}`);
      }
    } finally {
      await this.staging.discard(staged);
    }
    return { sha256: staged.sha256, size: staged.size, location: `s3://${this.bucket}/${key}` };
  }

  async open(sha256: string): Promise<ContentReader> {
    assertSha256(sha256);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey(sha256) }));
      const stream = object.Body as Readable | undefined;
      if (!stream || object.ContentLength === undefined) {
        stream?.destroy();
        throw new Error('the object came without a body or a length');
      }
      return { stream, size: object.ContentLength };
    } catch (error) {
      if (isNoSuchKey(error)) throw new ContentMissingError(sha256);
      throw this.unavailable('read an object', error);
    }
  }

  async exists(sha256: string): Promise<boolean> {
    assertSha256(sha256);
    return (await this.storedSize(objectKey(sha256))) !== null;
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client
        .send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: KEY_PREFIX, ContinuationToken: token }))
        .catch((error: unknown) => {
          throw this.unavailable('list objects', error);
        });
      for (const object of page.Contents ?? []) {
        const sha256 = SHA256_KEY.exec(object.Key ?? '')?.[1];
        if (sha256) yield { sha256, size: object.Size ?? 0, storedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }

  /** The length of the object at `key`, or null when there is none. */
  private async storedSize(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw this.unavailable('look up an object', error);
    }
  }

  /**
   * Creates the object only if it is absent (If-None-Match: *, where the service supports
   * it): a concurrent upload of the same bytes that won the race is as good as ours.
   */
  private async upload(staged: StagedContent, key: string): Promise<void> {
    const path = this.staging.path(staged.key);
    const target = { Bucket: this.bucket, Key: key, ContentType: 'application/octet-stream', IfNoneMatch: '*' };
    try {
      if (staged.size <= PART_BYTES) {
        await this.client.send(
          new PutObjectCommand({
            ...target,
            Body: await readFile(path),
            ContentLength: staged.size,
            ChecksumSHA256: Buffer.from(staged.sha256, 'hex').toString('base64'),
          }),
        );
      } else {
        await new Upload({
          client: this.client,
          params: { ...target, Body: createReadStream(path), ChecksumAlgorithm: 'SHA256' },
          partSize: PART_BYTES,
          queueSize: UPLOAD_QUEUE,
          leavePartsOnError: false,
        }).done();
      }
    } catch (error) {
      const status = httpStatus(error);
      if (status === 412 || status === 409) return;
      throw this.unavailable('store an object', error);
    }
  }

  /** Says what failed in the log (never a credential: SDK errors carry none), and answers 503 upstream. */
  private unavailable(operation: string, error: unknown): StoreUnavailableError {
    const status = httpStatus(error);
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(
      `could not ${operation} in bucket ${this.bucket}: ${name}${status ? ` (${status})` : ''}: ${message}`,
    );
    return new StoreUnavailableError(operation, { cause: error });
  }
}

export function objectKey(sha256: string): string {
  assertSha256(sha256);
  return `${KEY_PREFIX}${sha256}`;
}

function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/** The key is absent; a missing bucket (also a 404) is a misconfiguration, not missing content. */
function isNoSuchKey(error: unknown): boolean {
  return httpStatus(error) === 404 && (error as { name?: string }).name !== 'NoSuchBucket';
}
