import { Injectable } from '@nestjs/common';
import type { Role } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { LoginFailureKeyType } from './entities/login-failure.entity';
import { LoginFailureEntity } from './entities/login-failure.entity';
import { SessionEntity } from './entities/session.entity';

export interface SessionUserRow {
  sessionId: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The live session behind a token hash: not revoked, not expired, its user active. */
  async findLive(tokenHash: string): Promise<SessionUserRow | null> {
    const rows = await this.dataSource.query<SessionUserRow[]>(
      `SELECT s.id AS "sessionId", u.id AS "userId", u.email, u.name, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async create(manager: EntityManager, session: Omit<SessionEntity, 'id' | 'createdAt' | 'revokedAt' | 'user'>) {
    return manager.save(SessionEntity, manager.create(SessionEntity, { ...session, revokedAt: null }));
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId }, { revokedAt: () => 'now()' });
  }

  async revokeAllOfUser(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }

  async countRecentFailures(
    manager: EntityManager,
    keyType: LoginFailureKeyType,
    key: string,
    windowSeconds: number,
  ): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [row] = await manager.query<{ count: number; oldestAgeSeconds: number }[]>(
      `SELECT count(*)::int AS count,
              coalesce(extract(epoch FROM now() - min(failed_at)), 0)::int AS "oldestAgeSeconds"
         FROM login_failures
        WHERE key_type = $1 AND key = $2 AND failed_at > now() - make_interval(secs => $3)`,
      [keyType, key, windowSeconds],
    );
    return row;
  }

  async addFailure(manager: EntityManager, keyType: LoginFailureKeyType, key: string): Promise<void> {
    await manager.insert(LoginFailureEntity, { keyType, key, failedAt: () => 'now()' });
  }

  async clearAccountFailures(manager: EntityManager, email: string): Promise<void> {
    await manager.delete(LoginFailureEntity, { keyType: 'account', key: email });
  }

  /** Stale failures are pruned opportunistically so the table stays small. */
  async pruneFailures(manager: EntityManager, windowSeconds: number): Promise<void> {
    await manager.query(`DELETE FROM login_failures WHERE failed_at < now() - make_interval(secs => $1)`, [
      windowSeconds * 2,
    ]);
  }
}
