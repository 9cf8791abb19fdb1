/** A progress line on stderr per table: rows written of the total, rate, elapsed time. */
export class Progress {
  private label = '';
  private total = 0;
  private count = 0;
  private started = 0;
  private lastPrint = 0;
  private readonly interactive: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream | null = process.stderr,
    private readonly intervalMs = 500,
  ) {
    this.interactive = Boolean(out?.isTTY);
  }

  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.count = 0;
    this.started = Date.now();
    this.lastPrint = this.started;
  }

  tick(rows = 1): void {
    this.count += rows;
    const now = Date.now();
    // A log file gets a line every few seconds; a terminal one line, redrawn.
    if (now - this.lastPrint >= (this.interactive ? this.intervalMs : 10 * this.intervalMs)) {
      this.lastPrint = now;
      this.print(now, false);
    }
  }

  done(): number {
    const now = Date.now();
    this.print(now, true);
    return (now - this.started) / 1000;
  }

  private print(now: number, final: boolean): void {
    if (!this.out) return;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = Math.round(this.count / seconds);
    const share = this.total > 0 ? ` ${((100 * this.count) / this.total).toFixed(0).padStart(3)}%` : '';
    const line =
      `${this.label.padEnd(34)} ${this.count.toLocaleString('en-US').padStart(10)} / ` +
      `${this.total.toLocaleString('en-US').padEnd(10)}${share}  ${rate.toLocaleString('en-US')} rows/s  ${seconds.toFixed(1)} s`;
    if (this.interactive) this.out.write(`\r\x1b[K${line}${final ? '\n' : ''}`);
    else this.out.write(`${line}\n`);
  }

  note(message: string): void {
    this.out?.write(`${message}\n`);
  }
}
