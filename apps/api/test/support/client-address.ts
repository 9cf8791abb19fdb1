import { randomInt } from 'node:crypto';

/**
 * A client address no other test (or earlier run on the same database) has used, for sign-in
 * attempts that must not count against the address every other test signs in from. Sent as
 * the one X-Forwarded-For entry to an app that trusts one proxy hop; written as Express reports it (full IPv6,
 * no zero groups, lower case).
 */
export function uniqueClientAddress(): string {
  const groups = Array.from({ length: 6 }, () => randomInt(1, 0x10000).toString(16));
  return `2001:db8:${groups.join(':')}`;
}
