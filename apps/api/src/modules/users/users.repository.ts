import { Injectable } from '@nestjs/common';
import type { Role } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { updateAtVersion } from '../../database/update-at-version';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { UserEntity } from './entities/user.entity';

export interface LoginCandidate {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  passwordHash: string;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findForLogin(email: string): Promise<LoginCandidate | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  findById(manager: EntityManager, id: string, lock = false): Promise<UserEntity | null> {
    const query = manager.getRepository(UserEntity).createQueryBuilder('u').where('u.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  /** Users in e-mail order, keyset-paged. */
  async page(filter: { role?: Role; active?: boolean }, limit: number, cursor?: string) {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (cursor) {
      const [email] = decodeCursor(cursor, 1);
      query.andWhere('u.email > :after', { after: email });
    }
    const rows = await query
      .orderBy('u.email', 'ASC')
      .limit(limit + 1)
      .getMany();
    return keysetPage(rows, limit, (last) => [last.email]);
  }

  async insert(manager: EntityManager, user: Pick<UserEntity, 'email' | 'name' | 'role' | 'passwordHash'>) {
    const saved = await manager.save(UserEntity, manager.create(UserEntity, { ...user, active: true }));
    return (await this.findById(manager, saved.id)) as UserEntity;
  }

  /** Optimistic update: applies only at the given version. */
  updateAtVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<UserEntity, 'name' | 'role' | 'active'>>,
  ): Promise<boolean> {
    return updateAtVersion(manager, UserEntity, id, version, changes);
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }
}
