import { createHmac, randomBytes } from 'node:crypto';

/** Opaque bearer tokens; the database keeps only a keyed hash, so a leaked table opens nothing. */
export class TokenHasher {
  constructor(private readonly secret: string) {}

  newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('hex');
  }
}
