import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who other than its author changed a statement, so that four eyes can bar them from approving it. */
export class StatementEditors1796178170333 implements MigrationInterface {
  name = 'StatementEditors1796178170333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statements" ADD "editor_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "statements" DROP COLUMN "editor_ids"');
  }
}
