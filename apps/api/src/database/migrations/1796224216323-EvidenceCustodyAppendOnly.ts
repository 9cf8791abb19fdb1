import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chain of custody is append-only like the audit trail: the database refuses UPDATE, DELETE
 * and TRUNCATE for every role, the owner included (only the owner could drop the triggers, and
 * the application does not connect as the owner on a server: see docs/security.md).
 */
export class EvidenceCustodyAppendOnly1796224216323 implements MigrationInterface {
  name = 'EvidenceCustodyAppendOnly1796224216323';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION evidence_custody_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the chain of custody is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER evidence_custody_no_update_or_delete BEFORE UPDATE OR DELETE ON "evidence_custody"
        FOR EACH ROW EXECUTE FUNCTION evidence_custody_refuse_change();
      CREATE TRIGGER evidence_custody_no_truncate BEFORE TRUNCATE ON "evidence_custody"
        FOR EACH STATEMENT EXECUTE FUNCTION evidence_custody_refuse_change();`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the function drops both triggers with it.
    await queryRunner.query('DROP FUNCTION evidence_custody_refuse_change() CASCADE');
  }
}
