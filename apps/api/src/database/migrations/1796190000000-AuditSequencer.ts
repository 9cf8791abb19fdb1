import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events are written unsealed, in the transaction of their change, and chained later by the
 * sequencer (audit/audit-sequencer.service.ts): `seq`, `prev_hash` and `hash` start NULL and are set
 * once. The only UPDATE the database accepts is that sealing of an unsealed event, content
 * unchanged; DELETE and TRUNCATE stay refused.
 */
export class AuditSequencer1796190000000 implements MigrationInterface {
  name = 'AuditSequencer1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "PK_6e299f5706e715265416fefe53e"');
    await queryRunner.query('DROP INDEX "public"."UQ_audit_events_id"');
    await queryRunner.query('ALTER TABLE "audit_events" ADD CONSTRAINT "PK_audit_events_id" PRIMARY KEY ("id")');
    await queryRunner.query('ALTER TABLE "audit_events" ALTER COLUMN "seq" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL');
    // Write order, for the sequencer's tie-break between events of one millisecond (one transaction's, say).
    await queryRunner.query('ALTER TABLE "audit_events" ADD "intake_no" BIGSERIAL NOT NULL');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_audit_events_seq" ON "audit_events" ("seq") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_audit_events_unsealed" ON "audit_events" ("occurred_at", "intake_no") WHERE seq IS NULL',
    );
    await queryRunner.query(`
      ALTER TABLE "audit_events" ADD CONSTRAINT "CHK_audit_events_sealed_whole"
      CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))`);

    await queryRunner.query(`
      CREATE FUNCTION audit_events_allow_sealing_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (NEW.id, NEW.intake_no, NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.entity_type, NEW.entity_id,
                NEW.case_id, NEW.before, NEW.after, NEW.metadata, NEW.reason, NEW.request_id, NEW.client_address)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.intake_no, OLD.occurred_at, OLD.actor_id, OLD.actor_role, OLD.action, OLD.entity_type, OLD.entity_id,
                OLD.case_id, OLD.before, OLD.after, OLD.metadata, OLD.reason, OLD.request_id, OLD.client_address)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit events are append-only: UPDATE refused (only sealing an unsealed event is allowed)'
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query('DROP TRIGGER "audit_events_no_update_or_delete" ON "audit_events"');
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_delete
      BEFORE DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_seal_once
      BEFORE UPDATE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_allow_sealing_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_events_seal_once" ON "audit_events"');
    await queryRunner.query('DROP TRIGGER "audit_events_no_delete" ON "audit_events"');
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_update_or_delete
      BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await queryRunner.query('DROP FUNCTION audit_events_allow_sealing_only()');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "CHK_audit_events_sealed_whole"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_unsealed"');
    await queryRunner.query('DROP INDEX "public"."UQ_audit_events_seq"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "intake_no"');
    await queryRunner.query('ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "audit_events" ALTER COLUMN "seq" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "PK_audit_events_id"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_audit_events_id" ON "audit_events" ("id") ');
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq")',
    );
  }
}
