/**
 * Whether this process is shutting down. While it drains, `/health` answers 503 so that a proxy
 * sends traffic elsewhere, and every response closes its connection so that no client keeps one
 * open to a process that is going away. (No decorator: main.ts loads this before the framework.)
 */
export class DrainState {
  private started = false;

  get draining(): boolean {
    return this.started;
  }

  begin(): void {
    this.started = true;
  }
}
