import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795885424914 implements MigrationInterface {
  name = 'InitialSchema1795885424914';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_role" character varying(32), "action" character varying(100) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" character varying(64), "case_id" uuid, "before" jsonb, "after" jsonb, "metadata" jsonb, "reason" text, "request_id" character varying(128), "client_address" character varying(64), "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_audit_events_id" ON "audit_events"  ("id") ');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_occurred_at" ON "audit_events"  ("occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_audit_events_entity_type_seq" ON "audit_events"  ("entity_type", "seq") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_audit_events_action_seq" ON "audit_events"  ("action", "seq") ');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_actor_seq" ON "audit_events"  ("actor_id", "seq") ');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_case_seq" ON "audit_events"  ("case_id", "seq") ');
    await queryRunner.query(
      'CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key_type" character varying(16) NOT NULL, "key" character varying(320) NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_login_failures_key" ON "login_failures"  ("key_type", "key", "failed_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"user_role\" AS ENUM('reviewer', 'lead', 'executive', 'auditor', 'admin')",
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(255) NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "client_address" character varying(64), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_sessions_user_id" ON "sessions"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_sessions_token_hash" ON "sessions"  ("token_hash") ');
    await queryRunner.query("CREATE TYPE \"public\".\"case_severity\" AS ENUM('low', 'medium', 'high', 'critical')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"case_status\" AS ENUM('intake', 'triage', 'investigating', 'findings', 'actioning', 'closed', 'dismissed')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"case_outcome\" AS ENUM('substantiated', 'partially_substantiated', 'unsubstantiated', 'inconclusive', 'referred')",
    );
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(32) NOT NULL, "title" character varying(300) NOT NULL, "summary" text NOT NULL, "severity" "public"."case_severity" NOT NULL, "status" "public"."case_status" NOT NULL DEFAULT \'intake\', "outcome" "public"."case_outcome", "outcome_summary" text, "restricted" boolean NOT NULL DEFAULT false, "region" character varying(100), "country" character varying(2), "products" text array NOT NULL DEFAULT \'{}\', "tags" text array NOT NULL DEFAULT \'{}\', "lead_id" uuid, "created_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_cases_reference" ON "cases"  ("reference") ');
    await queryRunner.query('CREATE INDEX "IDX_cases_status_opened_at" ON "cases"  ("status", "opened_at") ');
    await queryRunner.query('CREATE INDEX "IDX_cases_opened_at_id" ON "cases"  ("opened_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "case_members" ("case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_by" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db3cfab6b5ecea4655df2dbe3ec" PRIMARY KEY ("case_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_case_members_user_id" ON "case_members"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_75b84a83a5f0556e239db395423" FOREIGN KEY ("lead_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_16623a33f4933798b679f058d0b" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_members" ADD CONSTRAINT "FK_2f3796489448d86521a69e096df" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_members" ADD CONSTRAINT "FK_49aa234accd4cb17825dde3d332" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Case references: ETH-<year>-<number>, the number from a sequence so that concurrent intakes never collide.
    await queryRunner.query(`CREATE SEQUENCE "case_reference_seq" START 1`);

    // Full-text search over a case's title and summary (allegations join in when they exist).
    await queryRunner.query(`
      CREATE FUNCTION cases_refresh_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.reference, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER cases_search_vector_refresh
      BEFORE INSERT OR UPDATE OF title, summary, reference ON "cases"
      FOR EACH ROW EXECUTE FUNCTION cases_refresh_search_vector()`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_search_vector" ON "cases" USING GIN ("search_vector")`);

    // The audit trail is append-only, enforced by the database for every role the application uses.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_update_or_delete
      BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate
      BEFORE TRUNCATE ON "audit_events"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_events_no_truncate" ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER "audit_events_no_update_or_delete" ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`DROP INDEX "IDX_cases_search_vector"`);
    await queryRunner.query(`DROP TRIGGER "cases_search_vector_refresh" ON "cases"`);
    await queryRunner.query(`DROP FUNCTION cases_refresh_search_vector()`);
    await queryRunner.query(`DROP SEQUENCE "case_reference_seq"`);
    await queryRunner.query('ALTER TABLE "case_members" DROP CONSTRAINT "FK_49aa234accd4cb17825dde3d332"');
    await queryRunner.query('ALTER TABLE "case_members" DROP CONSTRAINT "FK_2f3796489448d86521a69e096df"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_16623a33f4933798b679f058d0b"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_75b84a83a5f0556e239db395423"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query('DROP INDEX "public"."IDX_case_members_user_id"');
    await queryRunner.query('DROP TABLE "case_members"');
    await queryRunner.query('DROP INDEX "public"."IDX_cases_opened_at_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_cases_status_opened_at"');
    await queryRunner.query('DROP INDEX "public"."UQ_cases_reference"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('DROP TYPE "public"."case_outcome"');
    await queryRunner.query('DROP TYPE "public"."case_status"');
    await queryRunner.query('DROP TYPE "public"."case_severity"');
    await queryRunner.query('DROP INDEX "public"."UQ_sessions_token_hash"');
    await queryRunner.query('DROP INDEX "public"."IDX_sessions_user_id"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."UQ_users_email"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_login_failures_key"');
    await queryRunner.query('DROP TABLE "login_failures"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_case_seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_actor_seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_action_seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_entity_type_seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_occurred_at"');
    await queryRunner.query('DROP INDEX "public"."UQ_audit_events_id"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
