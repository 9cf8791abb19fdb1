import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a sign-in throttle counts: one account from one client address, one client address
 * across accounts, or one account across addresses.
 */
export const THROTTLE_SCOPES = ['pair', 'address', 'account'] as const;
export type ThrottleScope = (typeof THROTTLE_SCOPES)[number];

/**
 * The sign-in counters of one throttle key, in the database so that every API process sees
 * and updates the same row under its lock. The part of the key a scope does not use is ''.
 */
@Entity({ name: 'login_throttles' })
@Index('IDX_login_throttles_last_attempt_at', ['lastAttemptAt'])
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  scope: ThrottleScope;

  @PrimaryColumn({ type: 'varchar', length: 320 })
  account: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  address: string;

  /** Attempts let through in the current run and not proven right (in flight or failed). */
  @Column({ type: 'integer', default: 0 })
  failures: number;

  /** Attempts refused since the last summary in the audit trail. */
  @Column({ type: 'integer', default: 0 })
  refused: number;

  @Column({ name: 'last_attempt_at', type: 'timestamptz' })
  lastAttemptAt: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @Column({ name: 'summarised_at', type: 'timestamptz', nullable: true })
  summarisedAt: Date | null;
}
