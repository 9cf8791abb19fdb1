import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling moves from one row per failure to one counter row per key (account from
 * an address, address, account), updated under its row lock before the password is checked.
 * The old rows are only recent failures, so they are dropped rather than carried over.
 */
export class LoginThrottles1796184022827 implements MigrationInterface {
  name = 'LoginThrottles1796184022827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_login_failures_key"');
    await queryRunner.query('DROP TABLE "login_failures"');
    await queryRunner.query(
      'CREATE TABLE "login_throttles" ("scope" character varying(8) NOT NULL, "account" character varying(320) NOT NULL, "address" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT \'0\', "refused" integer NOT NULL DEFAULT \'0\', "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, "summarised_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6607c9a7937df9fbe9b0a33cb69" PRIMARY KEY ("scope", "account", "address"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_login_throttles_last_attempt_at" ON "login_throttles"  ("last_attempt_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_login_throttles_last_attempt_at"');
    await queryRunner.query('DROP TABLE "login_throttles"');
    await queryRunner.query(
      'CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key_type" character varying(16) NOT NULL, "key" character varying(320) NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_login_failures_key" ON "login_failures"  ("key_type", "key", "failed_at") ',
    );
  }
}
