import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type LoginFailureKeyType = 'address' | 'account';

/**
 * One failed sign-in, counted per client address and per account. Kept in the
 * database so that every API process sees the same count.
 */
@Entity({ name: 'login_failures' })
@Index('IDX_login_failures_key', ['keyType', 'key', 'failedAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'key_type', type: 'varchar', length: 16 })
  keyType: LoginFailureKeyType;

  @Column({ type: 'varchar', length: 320 })
  key: string;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;
}
