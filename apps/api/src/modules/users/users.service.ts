import { Injectable } from '@nestjs/common';
import type { Role } from '@ethics/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { LoginThrottleService } from '../../auth/login-throttle.service';
import { PasswordHasher } from '../../auth/password-hasher';
import { SessionsRepository } from '../../auth/sessions.repository';
import { VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import type { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto';
import type { UserEntity } from './entities/user.entity';
import { EmailTakenProblem, SelfLockoutProblem, UserNotFoundProblem } from './users.errors';
import { UsersRepository } from './users.repository';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

export function toUserDto(user: UserEntity, signInLockedUntil: Date | null): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    signInLockedUntil: signInLockedUntil?.toISOString() ?? null,
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function auditedUser(user: Pick<UserEntity, 'email' | 'name' | 'role' | 'active' | 'version'>) {
  return { email: user.email, name: user.name, role: user.role, active: user.active, version: user.version };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    private readonly clock: Clock,
  ) {}

  async list(filter: { role?: Role; active?: boolean }, limit: number, cursor?: string) {
    const page = await this.users.page(filter, limit, cursor);
    const locks = await this.throttle.blockedUntil(page.items.map((user) => user.email));
    return {
      items: page.items.map((user) => toUserDto(user, locks.get(user.email) ?? null)),
      nextCursor: page.nextCursor,
    };
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findById(this.dataSource.manager, id);
    if (!user) throw new UserNotFoundProblem();
    return this.withLock(user);
  }

  async create(actor: Actor, input: CreateUserDto): Promise<UserDto> {
    return this.createWithPasswordHash(actor, input, await this.passwords.hash(input.password));
  }

  /** `create` with the password already hashed: the demo users share one hash, computed once. */
  async createWithPasswordHash(
    actor: Actor,
    input: Omit<CreateUserDto, 'password'>,
    passwordHash: string,
  ): Promise<UserDto> {
    const email = input.email.trim().toLowerCase();
    return inTransaction(this.dataSource, async (manager) => {
      if (await this.users.findByEmail(manager, email)) throw new EmailTakenProblem();
      const user = await this.users.insert(manager, {
        email,
        name: input.name.trim(),
        role: input.role,
        passwordHash,
        ...this.clock.rowDates(),
      });
      await this.audit.record(manager, actor.audit, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: auditedUser(user),
        reason: input.reason ?? null,
      });
      return toUserDto(user, null);
    });
  }

  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<UserDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const before = await this.users.findById(manager, id);
      if (!before) throw new UserNotFoundProblem();
      if (before.version !== input.version) throw new VersionConflictProblem('The user', before.version);
      const changes = {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      };
      if (id === actor.user.id && (changes.active === false || (changes.role && changes.role !== 'admin'))) {
        throw new SelfLockoutProblem();
      }
      if (!(await this.users.updateAtVersion(manager, id, input.version, changes))) {
        const current = await this.users.findById(manager, id);
        throw new VersionConflictProblem('The user', current?.version ?? input.version);
      }
      // A deactivated user, or one whose role changed, signs in again under the new rules.
      if (changes.active === false || (changes.role && changes.role !== before.role)) {
        await this.sessions.revokeAllOfUser(manager, id);
      }
      const after = (await this.users.findById(manager, id)) as UserEntity;
      await this.audit.record(manager, actor.audit, {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: auditedUser(before),
        after: auditedUser(after),
        reason: input.reason ?? null,
      });
      return this.withLock(after, manager);
    });
  }

  /**
   * Lets the account sign in again from every address, whatever its failures: an admin's
   * answer to an owner locked out by their own mistakes or by a guesser at their address.
   */
  async liftSignInLock(actor: Actor, id: string, reason: string): Promise<UserDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.users.findById(manager, id);
      if (!user) throw new UserNotFoundProblem();
      const lockedUntil = (await this.throttle.blockedUntil([user.email], manager)).get(user.email) ?? null;
      const clearedKeys = await this.throttle.lift(manager, user.email);
      await this.audit.record(manager, actor.audit, {
        action: 'auth.lock_lifted',
        entityType: 'user',
        entityId: id,
        before: { signInLockedUntil: lockedUntil?.toISOString() ?? null },
        after: { signInLockedUntil: null },
        metadata: { email: user.email, clearedKeys },
        reason,
      });
      return toUserDto(user, null);
    });
  }

  private async withLock(user: UserEntity, manager = this.dataSource.manager): Promise<UserDto> {
    const locks = await this.throttle.blockedUntil([user.email], manager);
    return toUserDto(user, locks.get(user.email) ?? null);
  }
}
