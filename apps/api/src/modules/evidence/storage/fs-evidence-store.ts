import { access, chmod, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DiskStagedStore } from './disk-staging';
import {
  assertSha256,
  ContentMissingError,
  type ContentReader,
  type StagedContent,
  type StoredContent,
  type StoredObject,
} from './evidence-store';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The evidence store on a local (or mounted) filesystem:
 * `<root>/tmp/<uuid>` while staging, `<root>/objects/<sha[0..2]>/<sha>` once committed.
 * Both live under one root so that a commit is an atomic rename on one filesystem.
 */
export class FsEvidenceStore extends DiskStagedStore {
  private readonly objectsDir: string;

  constructor(root: string) {
    super(join(root, 'tmp'));
    this.objectsDir = join(root, 'objects');
  }

  async commit(staged: StagedContent): Promise<StoredContent & { location: string }> {
    assertSha256(staged.sha256);
    const tempPath = this.staging.path(staged.key);
    const target = this.objectPath(staged.sha256);
    if (await this.pathExists(target)) {
      await rm(tempPath, { force: true });
    } else {
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      // Read-only, as a reminder to people with shell access that evidence bytes are never edited in place.
      await chmod(tempPath, 0o444);
      // Two uploads of the same bytes may race here; either rename leaves the same content.
      await rename(tempPath, target);
    }
    return { sha256: staged.sha256, size: staged.size, location: target };
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

  async *list(): AsyncIterable<StoredObject> {
    const prefixes = await readdir(this.objectsDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const prefix of prefixes.sort()) {
      for (const name of (await readdir(join(this.objectsDir, prefix))).sort()) {
        if (!SHA256_HEX.test(name)) continue;
        const info = await stat(join(this.objectsDir, prefix, name));
        yield { sha256: name, size: info.size, storedAt: info.mtime };
      }
    }
  }

  /** Where the bytes of `sha256` live; for operators and tests, never built from client input. */
  objectPath(sha256: string): string {
    assertSha256(sha256);
    return join(this.objectsDir, sha256.slice(0, 2), sha256);
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
