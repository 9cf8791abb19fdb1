import { Inject, Injectable } from '@nestjs/common';
import { packRules } from '@casl/ability/extra';
import { rulesFor } from '@ethics/authz';
import type { Role } from '@ethics/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuditContext } from '../audit/audit-event.types';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import type { Actor } from '../common/request-context';
import { UsersRepository } from '../modules/users/users.repository';
import { InvalidCredentialsProblem, TooManyLoginAttemptsProblem } from './auth.errors';
import { LOGIN_LIMITS } from './login-rate-limit';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';
import { TokenHasher } from './token-hasher';
import { inTransaction } from '../database/transaction';

export interface LoginResult {
  accessToken: string;
  expiresAt: string;
  user: { id: string; email: string; name: string; role: Role };
}

@Injectable()
export class AuthService {
  private readonly tokens: TokenHasher;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
  ) {
    this.tokens = new TokenHasher(config.tokenSecret);
  }

  async login(emailInput: string, password: string, context: AuditContext): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    const address = context.clientAddress ?? 'unknown';

    const retryAfter = await this.rateLimitRetryAfter(email, address);
    if (retryAfter !== null) {
      await this.recordFailure(email, address, context, true);
      throw new TooManyLoginAttemptsProblem(retryAfter);
    }

    // Password verification is slow: it happens before any transaction opens.
    const user = await this.users.findForLogin(email);
    const valid = await this.passwords.verify(user?.active ? user.passwordHash : null, password);
    if (!user || !valid) {
      await this.recordFailure(email, address, context, false);
      throw new InvalidCredentialsProblem();
    }

    const accessToken = this.tokens.newToken();
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    await inTransaction(this.dataSource, async (manager) => {
      const session = await this.sessions.create(manager, {
        userId: user.id,
        tokenHash: this.tokens.hash(accessToken),
        expiresAt,
        clientAddress: context.clientAddress,
      });
      await this.sessions.clearAccountFailures(manager, email);
      await this.audit.record(
        manager,
        { ...context, actorId: user.id, actorRole: user.role },
        { action: 'auth.login', entityType: 'session', entityId: session.id, after: { expiresAt } },
      );
    });
    return {
      accessToken,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
    };
  }

  async logout(actor: Actor): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.sessions.revoke(manager, actor.sessionId);
      await this.audit.record(manager, actor.audit, {
        action: 'auth.logout',
        entityType: 'session',
        entityId: actor.sessionId,
      });
    });
  }

  /** The caller behind a bearer token, or null when the token is unknown, expired or revoked. */
  async authenticate(token: string) {
    return this.sessions.findLive(this.tokens.hash(token));
  }

  describe(actor: Actor) {
    return { ...actor.user, rules: packRules(rulesFor(actor.user)) };
  }

  private async rateLimitRetryAfter(email: string, address: string): Promise<number | null> {
    const manager = this.dataSource.manager;
    const { windowSeconds, perAccount, perAddress } = LOGIN_LIMITS;
    const [account, byAddress] = await Promise.all([
      this.sessions.countRecentFailures(manager, 'account', email, windowSeconds),
      this.sessions.countRecentFailures(manager, 'address', address, windowSeconds),
    ]);
    const blocked = [
      account.count >= perAccount ? account : null,
      byAddress.count >= perAddress ? byAddress : null,
    ].filter((entry) => entry !== null);
    if (blocked.length === 0) return null;
    return Math.max(1, ...blocked.map((entry) => windowSeconds - entry.oldestAgeSeconds));
  }

  private async recordFailure(email: string, address: string, context: AuditContext, rateLimited: boolean) {
    await inTransaction(this.dataSource, async (manager) => {
      if (!rateLimited) {
        await this.sessions.addFailure(manager, 'account', email);
        await this.sessions.addFailure(manager, 'address', address);
        await this.sessions.pruneFailures(manager, LOGIN_LIMITS.windowSeconds);
      }
      await this.audit.record(manager, context, {
        action: 'auth.login_failed',
        entityType: 'session',
        entityId: null,
        metadata: { email: email.slice(0, 320), rateLimited },
      });
    });
  }
}
