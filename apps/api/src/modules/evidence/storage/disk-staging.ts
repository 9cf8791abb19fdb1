import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  ContentTooLargeError,
  type ContentReader,
  type EvidenceStore,
  type StagedContent,
  type StoredContent,
  type StoredObject,
} from './evidence-store';

const STAGING_KEY = /^[0-9a-f-]{36}$/;

/**
 * A directory where uploads land while they stream in, hashed and counted on
 * the way, under a random name that no client chooses. A staged file lives
 * for one request: it is committed (moved or uploaded) or discarded by it.
 */
export class DiskStaging {
  private ready: Promise<void> | null = null;

  constructor(private readonly dir: string) {}

  async stage(content: Readable, maxBytes: number): Promise<StagedContent> {
    await this.ensureDir();
    const key = randomUUID();
    const path = this.path(key);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) return callback(new ContentTooLargeError(maxBytes));
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      // flush: the bytes are on disk before we hand out their hash as evidence.
      await pipeline(content, meter, createWriteStream(path, { flags: 'wx', mode: 0o600, flush: true }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { key, sha256: hash.digest('hex'), size };
  }

  async discard(staged: StagedContent): Promise<void> {
    await rm(this.path(staged.key), { force: true });
  }

  /** The staged file of `key`; only keys this class made are accepted. */
  path(key: string): string {
    if (!STAGING_KEY.test(key)) throw new Error('not a staging key of this store');
    return join(this.dir, key);
  }

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).then(
      () => undefined,
      (error: unknown) => {
        this.ready = null;
        throw error;
      },
    );
    return this.ready;
  }
}

/** What every store shares: uploads staged on local disk for one request, and put = stage + commit. */
export abstract class DiskStagedStore implements EvidenceStore {
  protected readonly staging: DiskStaging;

  protected constructor(stagingDir: string) {
    this.staging = new DiskStaging(stagingDir);
  }

  stage(content: Readable, maxBytes: number): Promise<StagedContent> {
    return this.staging.stage(content, maxBytes);
  }

  discard(staged: StagedContent): Promise<void> {
    return this.staging.discard(staged);
  }

  async put(content: Readable, maxBytes: number): Promise<StoredContent & { location: string }> {
    return this.commit(await this.stage(content, maxBytes));
  }

  abstract commit(staged: StagedContent): Promise<StoredContent & { location: string }>;
  abstract open(sha256: string): Promise<ContentReader>;
  abstract exists(sha256: string): Promise<boolean>;
  abstract list(): AsyncIterable<StoredObject>;
}
