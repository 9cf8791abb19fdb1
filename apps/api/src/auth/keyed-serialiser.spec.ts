import { KeyedSerialiser } from './keyed-serialiser';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('KeyedSerialiser', () => {
  it('runs tasks of one key in turn, even after a failure, and other keys alongside', async () => {
    const serialiser = new KeyedSerialiser();
    const started: string[] = [];
    const first = deferred();
    const second = deferred();

    const a1 = serialiser.run('a', async () => {
      started.push('a1');
      await first.promise;
    });
    const a2 = serialiser.run('a', async () => {
      started.push('a2');
      await second.promise;
      return 'a2 done';
    });
    const b1 = serialiser.run('b', () => {
      started.push('b1');
      return Promise.resolve('b1 done');
    });

    await expect(b1).resolves.toBe('b1 done');
    expect(started).toEqual(['a1', 'b1']);

    first.reject(new Error('a1 failed'));
    await expect(a1).rejects.toThrow('a1 failed');
    second.resolve();
    await expect(a2).resolves.toBe('a2 done');
    expect(started).toEqual(['a1', 'b1', 'a2']);
  });

  it('forgets a key once its queue is empty', async () => {
    const serialiser = new KeyedSerialiser();
    await serialiser.run('a', () => Promise.resolve());
    await Promise.resolve();
    expect(serialiser.size).toBe(0);
  });
});
