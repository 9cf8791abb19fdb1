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
import { LoginThrottleService } from './login-throttle.service';
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
    private readonly throttle: LoginThrottleService,
  ) {
    this.tokens = new TokenHasher(config.tokenSecret);
  }

  async login(emailInput: string, password: string, context: AuditContext): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    const address = (context.clientAddress ?? 'unknown').slice(0, 64);

    const admission = await this.throttle.admit(email, address, context);
    if (!admission.admitted) throw new TooManyLoginAttemptsProblem(admission.retryAfterSeconds);

    // Password verification is slow: it happens before any transaction opens.
    const user = await this.users.findForLogin(email);
    const valid = await this.passwords.verify(user?.active ? user.passwordHash : null, password);
    if (!user || !valid) {
      await this.recordFailure(user, email, admission.failures, context);
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
      await this.throttle.recordSuccess(manager, email, address);
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

  /**
   * The failure is already counted (admission counted it). A wrong password for a real account
   * is a security event and goes to the audit trail, at most a few per address before the
   * throttle refuses; guesses at e-mails that do not exist stay in the counters only, so that
   * an anonymous flood does not grow the chain.
   */
  private async recordFailure(
    user: { id: string } | null,
    email: string,
    failures: number,
    context: AuditContext,
  ): Promise<void> {
    await this.throttle.pruneStale();
    if (!user) return;
    await inTransaction(this.dataSource, (manager) =>
      this.audit.record(manager, context, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        metadata: { email, failures },
      }),
    );
  }
}
