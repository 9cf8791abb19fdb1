import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One store for the process: repository helpers that are not injected (row updates, memberships)
 * read the pinned date through `pinnedDate()` without being handed a Clock.
 */
const pinnedDates = new AsyncLocalStorage<Date>();

/** The date `Clock.at` set for the work under way, or null on the system's time. */
export function pinnedDate(): Date | null {
  return pinnedDates.getStore() ?? null;
}

/**
 * "Now" for the write path. Requests run on the system's time. Work told at a date of its own
 * (the demo story, written through the same services as requests) runs inside `at(date, work)`,
 * so that its rows and audit events carry that date. The date belongs to the asynchronous call
 * chain of `work`, never to the process: anything served meanwhile keeps the real time.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date(this.pinned()?.getTime() ?? Date.now());
  }

  /**
   * The date `at` set for the work under way, or null on the system's time. Writers that prefer
   * the database's clock when nothing is pinned (one clock for every API process) ask this.
   */
  pinned(): Date | null {
    return pinnedDate();
  }

  /**
   * The creation columns of a new row under `at`. Otherwise none: the database dates the row by
   * its transaction's time, as it does for every request.
   */
  rowDates(): { createdAt?: Date; updatedAt?: Date } {
    const date = this.pinned();
    return date ? { createdAt: date, updatedAt: date } : {};
  }

  /** Runs `work` with `now()` answering `date`. */
  at<T>(date: Date, work: () => Promise<T>): Promise<T> {
    return pinnedDates.run(new Date(date.getTime()), work);
  }
}
