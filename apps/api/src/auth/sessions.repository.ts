import { Injectable } from '@nestjs/common';
import type { Role } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
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
}
