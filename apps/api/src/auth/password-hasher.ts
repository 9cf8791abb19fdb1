import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    // An unknown account still costs one verification, so timing does not tell which e-mails exist.
    const target = hash ?? (await this.dummy());
    try {
      return (await argon2.verify(target, password)) && hash !== null;
    } catch {
      return false;
    }
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hash('no account has this password');
    return this.dummyHash;
  }
}
