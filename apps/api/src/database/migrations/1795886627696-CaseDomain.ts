import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseDomain1795886627696 implements MigrationInterface {
  name = 'CaseDomain1795886627696';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "policy_clauses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "version" integer NOT NULL, "document" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "text" text NOT NULL, "effective_from" date NOT NULL, "is_current" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43c3a7cb06d77a983d048dcef2b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_policy_clauses_code_version" ON "policy_clauses"  ("code", "version") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"subject_type\" AS ENUM('organisation', 'unit', 'account', 'person')",
    );
    await queryRunner.query(
      'CREATE TABLE "subjects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."subject_type" NOT NULL, "name" character varying(300) NOT NULL, "parent_id" uuid, "external_ref" character varying(200), "country" character varying(2), "notes" text, "created_by" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1a023685ac2b051b4e557b0b280" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_subjects_name" ON "subjects"  ("name") ');
    await queryRunner.query('CREATE INDEX "IDX_subjects_parent_id" ON "subjects"  ("parent_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"allegation_source_type\" AS ENUM('press', 'whistleblower', 'regulator', 'ngo', 'internal_monitoring', 'customer', 'other')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"allegation_finding_status\" AS ENUM('open', 'substantiated', 'unsubstantiated', 'inconclusive')",
    );
    await queryRunner.query(
      'CREATE TABLE "allegations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "description" text NOT NULL, "source_type" "public"."allegation_source_type" NOT NULL, "source_reference" character varying(2000), "received_at" TIMESTAMP WITH TIME ZONE, "reporter_name" character varying(200), "reporter_contact" character varying(320), "finding_status" "public"."allegation_finding_status" NOT NULL DEFAULT \'open\', "finding_rationale" text, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c44c2c611bb068595da944f08cc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_allegations_case_id" ON "allegations"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "allegation_policy_clauses" ("allegation_id" uuid NOT NULL, "clause_id" uuid NOT NULL, CONSTRAINT "PK_f840796867740a6ef700d3dc2b3" PRIMARY KEY ("allegation_id", "clause_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_allegation_policy_clauses_clause" ON "allegation_policy_clauses"  ("clause_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "allegation_subjects" ("allegation_id" uuid NOT NULL, "subject_id" uuid NOT NULL, CONSTRAINT "PK_519eb6f875f3b495396c65a193f" PRIMARY KEY ("allegation_id", "subject_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_allegation_subjects_subject" ON "allegation_subjects"  ("subject_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"evidence_kind\" AS ENUM('press_article', 'telemetry_summary', 'contract', 'email', 'interview_note', 'screenshot', 'counsel_report', 'document', 'other')",
    );
    await queryRunner.query(
      'CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "kind" "public"."evidence_kind" NOT NULL, "description" text, "sha256" character(64) NOT NULL, "has_content" boolean NOT NULL DEFAULT false, "size_bytes" bigint, "media_type" character varying(200), "original_filename" character varying(300), "source" character varying(300), "source_url" character varying(2000), "collected_by" uuid NOT NULL, "collected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "legal_hold" boolean NOT NULL DEFAULT false, "supersedes_id" uuid, "superseded_by_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_evidence_sha256" ON "evidence"  ("sha256") ');
    await queryRunner.query('CREATE INDEX "IDX_evidence_case_id" ON "evidence"  ("case_id", "collected_at") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"finding_conclusion\" AS ENUM('substantiated', 'unsubstantiated', 'inconclusive')",
    );
    await queryRunner.query(
      'CREATE TABLE "findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "allegation_id" uuid NOT NULL, "conclusion" "public"."finding_conclusion" NOT NULL, "rationale" text NOT NULL, "external_reviewer" character varying(300), "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae9807d6293c23c13ff8804d09c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_findings_allegation_id" ON "findings"  ("allegation_id") ');
    await queryRunner.query('CREATE INDEX "IDX_findings_case_id" ON "findings"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "finding_evidence" ("finding_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, CONSTRAINT "PK_232a9b1131d42eda7f640ab78b5" PRIMARY KEY ("finding_id", "evidence_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "finding_policy_clauses" ("finding_id" uuid NOT NULL, "clause_id" uuid NOT NULL, CONSTRAINT "PK_37d654834f577eb722b63581cd5" PRIMARY KEY ("finding_id", "clause_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"enforcement_action_type\" AS ENUM('disable_service', 'suspend_account', 'restrict_feature', 'terminate_contract', 'warning', 'enhanced_monitoring', 'account_review', 'other')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"enforcement_action_status\" AS ENUM('proposed', 'approved', 'rejected', 'executed', 'reversed')",
    );
    await queryRunner.query(
      'CREATE TABLE "enforcement_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "type" "public"."enforcement_action_type" NOT NULL, "services" text array NOT NULL, "scope" text NOT NULL, "rationale" text NOT NULL, "status" "public"."enforcement_action_status" NOT NULL DEFAULT \'proposed\', "effective_from" TIMESTAMP WITH TIME ZONE, "effective_until" TIMESTAMP WITH TIME ZONE, "proposed_by" uuid NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "executed_by" uuid, "executed_at" TIMESTAMP WITH TIME ZONE, "execution_reference" character varying(300), "execution_reason" text, "reversed_by" uuid, "reversed_at" TIMESTAMP WITH TIME ZONE, "reversal_reason" text, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_44bc75cda9e4716ea1e598d03a1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_enforcement_actions_status" ON "enforcement_actions"  ("status", "proposed_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_enforcement_actions_proposed_at_id" ON "enforcement_actions"  ("proposed_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_enforcement_actions_subject_id" ON "enforcement_actions"  ("subject_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_enforcement_actions_case_id" ON "enforcement_actions"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "enforcement_action_findings" ("action_id" uuid NOT NULL, "finding_id" uuid NOT NULL, CONSTRAINT "PK_ddd41b7e462a81a3f0827a968dc" PRIMARY KEY ("action_id", "finding_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "enforcement_action_policy_clauses" ("action_id" uuid NOT NULL, "clause_id" uuid NOT NULL, CONSTRAINT "PK_7fd2ef6905a8c4209d648e7e6e3" PRIMARY KEY ("action_id", "clause_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"custody_event\" AS ENUM('received', 'viewed', 'downloaded', 'exported', 'verified', 'superseded')",
    );
    await queryRunner.query(
      'CREATE TABLE "evidence_custody" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "event" "public"."custody_event" NOT NULL, "actor_id" uuid, "actor_role" character varying(32), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "details" jsonb, "request_id" character varying(128), CONSTRAINT "PK_44ff9de6c4aa6b57a818c0e1df6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_evidence_custody_evidence" ON "evidence_custody"  ("evidence_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE TYPE "public"."evidence_relation" AS ENUM(\'supports\', \'refutes\')');
    await queryRunner.query(
      'CREATE TABLE "evidence_allegations" ("evidence_id" uuid NOT NULL, "allegation_id" uuid NOT NULL, "relation" "public"."evidence_relation" NOT NULL, CONSTRAINT "PK_aecad26f8c6ef20834466ca54ff" PRIMARY KEY ("evidence_id", "allegation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_evidence_allegations_allegation" ON "evidence_allegations"  ("allegation_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"task_status\" AS ENUM('open', 'in_progress', 'done', 'cancelled')",
    );
    await queryRunner.query(
      'CREATE TABLE "review_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "description" text, "assignee_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "status" "public"."task_status" NOT NULL DEFAULT \'open\', "completed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50e2948b4c8e8d026d077e1a777" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_review_tasks_assignee_due" ON "review_tasks"  ("assignee_id", "due_at") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_review_tasks_case_id" ON "review_tasks"  ("case_id") ');
    await queryRunner.query('CREATE TYPE "public"."statement_direction" AS ENUM(\'issued\', \'received\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"statement_audience\" AS ENUM('public', 'press', 'customer', 'employees', 'regulator', 'internal')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"statement_status\" AS ENUM('draft', 'in_review', 'approved', 'published', 'received')",
    );
    await queryRunner.query(
      'CREATE TABLE "statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "direction" "public"."statement_direction" NOT NULL, "audience" "public"."statement_audience" NOT NULL, "channel" character varying(200), "author_id" uuid NOT NULL, "source" character varying(300), "body" text NOT NULL, "status" "public"."statement_status" NOT NULL, "stated_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "supersedes_id" uuid, "superseded_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_statements_status" ON "statements"  ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_statements_case_id" ON "statements"  ("case_id") ');
    await queryRunner.query(
      'ALTER TABLE "subjects" ADD CONSTRAINT "FK_93cb4b0c5d2611285ebb87a28fc" FOREIGN KEY ("parent_id") REFERENCES "subjects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allegations" ADD CONSTRAINT "FK_ff33b07451481c0773a91d7c694" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allegation_policy_clauses" ADD CONSTRAINT "FK_a4e3f5428e430b2a3fb22faea78" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allegation_policy_clauses" ADD CONSTRAINT "FK_40a1ac3eeac6b75d3b216067a85" FOREIGN KEY ("clause_id") REFERENCES "policy_clauses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allegation_subjects" ADD CONSTRAINT "FK_7ce7bbb4f2594ef4c90f9a3cfe0" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allegation_subjects" ADD CONSTRAINT "FK_ab64becfea05a352bf48cdc1ffe" FOREIGN KEY ("subject_id") REFERENCES "subjects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence" ADD CONSTRAINT "FK_8e209523267bb0bce6a16677cd3" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "findings" ADD CONSTRAINT "FK_f6fc3e6b9517223ab06dccffd27" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "findings" ADD CONSTRAINT "FK_441d6c379f4baedb2ab6a3aa9c6" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "finding_evidence" ADD CONSTRAINT "FK_c5881799a539c2cf18c2354253a" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "finding_evidence" ADD CONSTRAINT "FK_3626712ef931523d29a579a97b1" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "finding_policy_clauses" ADD CONSTRAINT "FK_d8f3825eb1d97456e72f4fa7807" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "finding_policy_clauses" ADD CONSTRAINT "FK_e91add692220f7e9e7885c4bd90" FOREIGN KEY ("clause_id") REFERENCES "policy_clauses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_actions" ADD CONSTRAINT "FK_97e7b4528754ff83c204100219b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_actions" ADD CONSTRAINT "FK_a40d2b9029c9b41296fa0a88348" FOREIGN KEY ("subject_id") REFERENCES "subjects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_findings" ADD CONSTRAINT "FK_a58dddaef0d7f236bb33f1d5fc4" FOREIGN KEY ("action_id") REFERENCES "enforcement_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_findings" ADD CONSTRAINT "FK_eed392fae62f464e04bff44a85e" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_policy_clauses" ADD CONSTRAINT "FK_0f80f412694e67e0c1d7cc802de" FOREIGN KEY ("action_id") REFERENCES "enforcement_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_policy_clauses" ADD CONSTRAINT "FK_cad0584c98bc9176bd16d1f3ea2" FOREIGN KEY ("clause_id") REFERENCES "policy_clauses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_custody" ADD CONSTRAINT "FK_98ed0587a8ab66250019573b6b2" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_allegations" ADD CONSTRAINT "FK_c03992b9beb8ffbf3cd6015f4b2" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_allegations" ADD CONSTRAINT "FK_331a174c40c8a265175e54c500b" FOREIGN KEY ("allegation_id") REFERENCES "allegations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_tasks" ADD CONSTRAINT "FK_1ed7e2ec26e2656e52d0e5ecb84" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_tasks" ADD CONSTRAINT "FK_3c435420ad0d1613865a7e0897c" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "FK_de369c55cfa2dfad3b3a930c1db" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // A case's full-text search covers its allegations too.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION cases_refresh_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.reference, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(
            (SELECT string_agg(a.description, ' ') FROM allegations a WHERE a.case_id = NEW.id), '')), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION allegations_touch_case_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Re-run the case's own trigger, which reads the allegations afresh.
        UPDATE cases SET title = title WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER allegations_case_search_refresh
      AFTER INSERT OR DELETE OR UPDATE OF description ON "allegations"
      FOR EACH ROW EXECUTE FUNCTION allegations_touch_case_search()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "allegations_case_search_refresh" ON "allegations"`);
    await queryRunner.query(`DROP FUNCTION allegations_touch_case_search()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION cases_refresh_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.reference, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "FK_de369c55cfa2dfad3b3a930c1db"');
    await queryRunner.query('ALTER TABLE "review_tasks" DROP CONSTRAINT "FK_3c435420ad0d1613865a7e0897c"');
    await queryRunner.query('ALTER TABLE "review_tasks" DROP CONSTRAINT "FK_1ed7e2ec26e2656e52d0e5ecb84"');
    await queryRunner.query('ALTER TABLE "evidence_allegations" DROP CONSTRAINT "FK_331a174c40c8a265175e54c500b"');
    await queryRunner.query('ALTER TABLE "evidence_allegations" DROP CONSTRAINT "FK_c03992b9beb8ffbf3cd6015f4b2"');
    await queryRunner.query('ALTER TABLE "evidence_custody" DROP CONSTRAINT "FK_98ed0587a8ab66250019573b6b2"');
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_policy_clauses" DROP CONSTRAINT "FK_cad0584c98bc9176bd16d1f3ea2"',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_policy_clauses" DROP CONSTRAINT "FK_0f80f412694e67e0c1d7cc802de"',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_findings" DROP CONSTRAINT "FK_eed392fae62f464e04bff44a85e"',
    );
    await queryRunner.query(
      'ALTER TABLE "enforcement_action_findings" DROP CONSTRAINT "FK_a58dddaef0d7f236bb33f1d5fc4"',
    );
    await queryRunner.query('ALTER TABLE "enforcement_actions" DROP CONSTRAINT "FK_a40d2b9029c9b41296fa0a88348"');
    await queryRunner.query('ALTER TABLE "enforcement_actions" DROP CONSTRAINT "FK_97e7b4528754ff83c204100219b"');
    await queryRunner.query('ALTER TABLE "finding_policy_clauses" DROP CONSTRAINT "FK_e91add692220f7e9e7885c4bd90"');
    await queryRunner.query('ALTER TABLE "finding_policy_clauses" DROP CONSTRAINT "FK_d8f3825eb1d97456e72f4fa7807"');
    await queryRunner.query('ALTER TABLE "finding_evidence" DROP CONSTRAINT "FK_3626712ef931523d29a579a97b1"');
    await queryRunner.query('ALTER TABLE "finding_evidence" DROP CONSTRAINT "FK_c5881799a539c2cf18c2354253a"');
    await queryRunner.query('ALTER TABLE "findings" DROP CONSTRAINT "FK_441d6c379f4baedb2ab6a3aa9c6"');
    await queryRunner.query('ALTER TABLE "findings" DROP CONSTRAINT "FK_f6fc3e6b9517223ab06dccffd27"');
    await queryRunner.query('ALTER TABLE "evidence" DROP CONSTRAINT "FK_8e209523267bb0bce6a16677cd3"');
    await queryRunner.query('ALTER TABLE "allegation_subjects" DROP CONSTRAINT "FK_ab64becfea05a352bf48cdc1ffe"');
    await queryRunner.query('ALTER TABLE "allegation_subjects" DROP CONSTRAINT "FK_7ce7bbb4f2594ef4c90f9a3cfe0"');
    await queryRunner.query('ALTER TABLE "allegation_policy_clauses" DROP CONSTRAINT "FK_40a1ac3eeac6b75d3b216067a85"');
    await queryRunner.query('ALTER TABLE "allegation_policy_clauses" DROP CONSTRAINT "FK_a4e3f5428e430b2a3fb22faea78"');
    await queryRunner.query('ALTER TABLE "allegations" DROP CONSTRAINT "FK_ff33b07451481c0773a91d7c694"');
    await queryRunner.query('ALTER TABLE "subjects" DROP CONSTRAINT "FK_93cb4b0c5d2611285ebb87a28fc"');
    await queryRunner.query('DROP INDEX "public"."IDX_statements_case_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_statements_status"');
    await queryRunner.query('DROP TABLE "statements"');
    await queryRunner.query('DROP TYPE "public"."statement_status"');
    await queryRunner.query('DROP TYPE "public"."statement_audience"');
    await queryRunner.query('DROP TYPE "public"."statement_direction"');
    await queryRunner.query('DROP INDEX "public"."IDX_review_tasks_case_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_review_tasks_assignee_due"');
    await queryRunner.query('DROP TABLE "review_tasks"');
    await queryRunner.query('DROP TYPE "public"."task_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_evidence_allegations_allegation"');
    await queryRunner.query('DROP TABLE "evidence_allegations"');
    await queryRunner.query('DROP TYPE "public"."evidence_relation"');
    await queryRunner.query('DROP INDEX "public"."IDX_evidence_custody_evidence"');
    await queryRunner.query('DROP TABLE "evidence_custody"');
    await queryRunner.query('DROP TYPE "public"."custody_event"');
    await queryRunner.query('DROP TABLE "enforcement_action_policy_clauses"');
    await queryRunner.query('DROP TABLE "enforcement_action_findings"');
    await queryRunner.query('DROP INDEX "public"."IDX_enforcement_actions_case_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_enforcement_actions_subject_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_enforcement_actions_proposed_at_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_enforcement_actions_status"');
    await queryRunner.query('DROP TABLE "enforcement_actions"');
    await queryRunner.query('DROP TYPE "public"."enforcement_action_status"');
    await queryRunner.query('DROP TYPE "public"."enforcement_action_type"');
    await queryRunner.query('DROP TABLE "finding_policy_clauses"');
    await queryRunner.query('DROP TABLE "finding_evidence"');
    await queryRunner.query('DROP INDEX "public"."IDX_findings_case_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_findings_allegation_id"');
    await queryRunner.query('DROP TABLE "findings"');
    await queryRunner.query('DROP TYPE "public"."finding_conclusion"');
    await queryRunner.query('DROP INDEX "public"."IDX_evidence_case_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_evidence_sha256"');
    await queryRunner.query('DROP TABLE "evidence"');
    await queryRunner.query('DROP TYPE "public"."evidence_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_allegation_subjects_subject"');
    await queryRunner.query('DROP TABLE "allegation_subjects"');
    await queryRunner.query('DROP INDEX "public"."IDX_allegation_policy_clauses_clause"');
    await queryRunner.query('DROP TABLE "allegation_policy_clauses"');
    await queryRunner.query('DROP INDEX "public"."IDX_allegations_case_id"');
    await queryRunner.query('DROP TABLE "allegations"');
    await queryRunner.query('DROP TYPE "public"."allegation_finding_status"');
    await queryRunner.query('DROP TYPE "public"."allegation_source_type"');
    await queryRunner.query('DROP INDEX "public"."IDX_subjects_parent_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_subjects_name"');
    await queryRunner.query('DROP TABLE "subjects"');
    await queryRunner.query('DROP TYPE "public"."subject_type"');
    await queryRunner.query('DROP INDEX "public"."UQ_policy_clauses_code_version"');
    await queryRunner.query('DROP TABLE "policy_clauses"');
  }
}
