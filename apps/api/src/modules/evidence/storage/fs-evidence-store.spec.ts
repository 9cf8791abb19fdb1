import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ContentMissingError, ContentTooLargeError } from './evidence-store';
import { FsEvidenceStore } from './fs-evidence-store';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('FsEvidenceStore', () => {
  let root: string;
  let store: FsEvidenceStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'evidence-store-'));
    store = new FsEvidenceStore(root);
  });

  it('stores bytes under their hash, read-only, and reads them back', async () => {
    const stored = await store.put(Readable.from([Buffer.from('hello '), Buffer.from('world')]), 100);
    expect(stored).toEqual({
      sha256: sha256('hello world'),
      size: 11,
      location: store.objectPath(sha256('hello world')),
    });
    await expect(readFile(stored.location, 'utf8')).resolves.toBe('hello world');
    expect((await stat(stored.location)).mode & 0o777).toBe(0o444);
    const reader = await store.open(stored.sha256);
    expect(reader.size).toBe(11);
    await expect(text(reader.stream)).resolves.toBe('hello world');
    await expect(readdir(join(root, 'tmp'))).resolves.toEqual([]);
  });

  it('keeps the first copy of identical bytes', async () => {
    const first = await store.put(Readable.from([Buffer.from('same')]), 100);
    const second = await store.put(Readable.from([Buffer.from('same')]), 100);
    expect(second).toEqual(first);
    await expect(readdir(join(root, 'tmp'))).resolves.toEqual([]);
  });

  it('refuses content over the limit and keeps nothing', async () => {
    await expect(store.stage(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), 100)).rejects.toBeInstanceOf(
      ContentTooLargeError,
    );
    await expect(readdir(join(root, 'tmp'))).resolves.toEqual([]);
    await expect(collect(store.list())).resolves.toEqual([]);
  });

  it('discards a staged object', async () => {
    const staged = await store.stage(Readable.from([Buffer.from('draft')]), 100);
    await store.discard(staged);
    await expect(readdir(join(root, 'tmp'))).resolves.toEqual([]);
    await expect(store.exists(staged.sha256)).resolves.toBe(false);
  });

  it('lists what it holds, by hash', async () => {
    const first = await store.put(Readable.from([Buffer.from('one')]), 100);
    const second = await store.put(Readable.from([Buffer.from('two')]), 100);
    const listed = await collect(store.list());
    expect(
      listed.map(({ sha256, size }) => ({ sha256, size })).sort((a, b) => a.sha256.localeCompare(b.sha256)),
    ).toEqual(
      [first, second].map(({ sha256, size }) => ({ sha256, size })).sort((a, b) => a.sha256.localeCompare(b.sha256)),
    );
    expect(Number.isFinite(listed[0].storedAt.getTime())).toBe(true);
  });

  it('says when it holds nothing, and takes no other name than a hash', async () => {
    await expect(store.open(sha256('never stored'))).rejects.toBeInstanceOf(ContentMissingError);
    await expect(store.open('../../etc/passwd')).rejects.toThrow(/SHA-256/);
  });
});
