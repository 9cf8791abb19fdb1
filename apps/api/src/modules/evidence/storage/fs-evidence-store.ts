import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, chmod, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertSha256,
  ContentMissingError,
  ContentTooLargeError,
  type ContentReader,
  type EvidenceStore,
  type StagedContent,
  type StoredContent,
} from './evidence-store';

const STAGING_KEY = /^[0-9a-f-]{36}$/;

/**
 * The evidence store on a local (or mounted) filesystem:
 * `<root>/tmp/<uuid>` while staging, `<root>/objects/<sha[0..2]>/<sha>` once committed.
 * Both live under one root so that a commit is an atomic rename on one filesystem.
 */
export class FsEvidenceStore implements EvidenceStore {
  private readonly tmpDir: string;
  private readonly objectsDir: string;
  private ready: Promise<void> | null = null;

  constructor(root: string) {
    this.tmpDir = join(root, 'tmp');
    this.objectsDir = join(root, 'objects');
  }

  async stage(content: Readable, maxBytes: number): Promise<StagedContent> {
    await this.ensureDirs();
    const key = randomUUID();
    const tempPath = this.tempPath(key);
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
      await pipeline(content, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o600, flush: true }));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { key, sha256: hash.digest('hex'), size };
  }

  async commit(staged: StagedContent): Promise<StoredContent & { location: string }> {
    assertSha256(staged.sha256);
    const tempPath = this.tempPath(staged.key);
    const target = this.objectPath(staged.sha256);
    if (await this.pathExists(target)) {
      await rm(tempPath, { force: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      // Read-only, as a reminder to people with shell access that evidence bytes are never edited in place.
      await chmod(tempPath, 0o444);
      // Two uploads of the same bytes may race here; either rename leaves the same content.
      await rename(tempPath, target);
    }
    return { sha256: staged.sha256, size: staged.size, location: target };
  }

  async discard(staged: StagedContent): Promise<void> {
    await rm(this.tempPath(staged.key), { force: true });
  }

  async put(content: Readable, maxBytes: number): Promise<StoredContent & { location: string }> {
    return this.commit(await this.stage(content, maxBytes));
  }

  async open(sha256: string): Promise<ContentReader> {
    assertSha256(sha256);
    let handle: FileHandle;
    try {
      handle = await open(this.objectPath(sha256), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ContentMissingError(sha256);
      throw error;
    }
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    assertSha256(sha256);
    return this.pathExists(this.objectPath(sha256));
  }

  /** Where the bytes of `sha256` live; for operators and tests, never built from client input. */
  objectPath(sha256: string): string {
    assertSha256(sha256);
    return join(this.objectsDir, sha256.slice(0, 2), sha256);
  }

  private tempPath(key: string): string {
    if (!STAGING_KEY.test(key)) throw new Error('not a staging key of this store');
    return join(this.tmpDir, key);
  }

  private ensureDirs(): Promise<void> {
    this.ready ??= Promise.all([
      mkdir(this.tmpDir, { recursive: true, mode: 0o700 }),
      mkdir(this.objectsDir, { recursive: true, mode: 0o700 }),
    ]).then(
      () => undefined,
      (error: unknown) => {
        this.ready = null;
        throw error;
      },
    );
    return this.ready;
  }

  private async pathExists(path: string): Promise<boolean> {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  }
}
