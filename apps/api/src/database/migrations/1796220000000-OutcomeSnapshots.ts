import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome dashboard's figures, kept per scope for a short while: computing them reads every
 * case and action the caller may see, which a dashboard that many people open cannot do on every
 * load. A derived cache, not a record: rows are replaced and pruned freely.
 */
export class OutcomeSnapshots1796220000000 implements MigrationInterface {
  name = 'OutcomeSnapshots1796220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outcome_snapshots" ("scope" text NOT NULL, "body" jsonb NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_outcome_snapshots" PRIMARY KEY ("scope"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_outcome_snapshots_generated_at" ON "outcome_snapshots" ("generated_at")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "outcome_snapshots"');
  }
}
