/**
 * Runs tasks that share a key one after another, and tasks with different keys side by side.
 * Sign-in admissions from one client address go through one of these per process, so that a
 * burst from one address waits in memory for its turn instead of holding every pooled database
 * connection while its transactions queue on the same row lock.
 */
export class KeyedSerialiser {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task queued or running. */
  get size(): number {
    return this.tails.size;
  }
}
