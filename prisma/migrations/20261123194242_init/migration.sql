-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('DEPARTMENT', 'DISTRICT', 'COMMUNE', 'OTHER');

-- CreateEnum
CREATE TYPE "AdminLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LEADER', 'HOME_AFFAIRS', 'AGENCY', 'INSPECTOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "OnlineLevel" AS ENUM ('NONE', 'PARTIAL', 'FULL');

-- CreateEnum
CREATE TYPE "ProcedureStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'ABOLISHED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('ONLINE', 'IN_PERSON', 'POSTAL');

-- CreateEnum
CREATE TYPE "StaffCategory" AS ENUM ('CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'COMMUNE_OFFICIAL');

-- CreateEnum
CREATE TYPE "AutonomyLevel" AS ENUM ('INVESTMENT_AND_RECURRENT', 'RECURRENT', 'PARTIAL_70_100', 'PARTIAL_30_70', 'PARTIAL_10_30', 'STATE_FUNDED');

-- CreateEnum
CREATE TYPE "OwnerRole" AS ENUM ('LEAD', 'COORDINATE');

-- CreateEnum
CREATE TYPE "AssessmentGroup" AS ENUM ('DEPARTMENT', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('EXCELLENT', 'GOOD', 'AVERAGE', 'WEAK');

-- CreateTable
CREATE TABLE "agency" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "short_name" VARCHAR(80),
    "kind" "AgencyKind" NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "parent_id" INTEGER,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "successor_id" INTEGER,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" VARCHAR(64) NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "email" VARCHAR(254),
    "full_name" VARCHAR(120) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" "Role" NOT NULL,
    "agency_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "official" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "full_name" VARCHAR(120) NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_period" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "locks_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "document_number" VARCHAR(60),
    "document_date" DATE,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_field" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(200) NOT NULL,

    CONSTRAINT "procedure_field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(500) NOT NULL,
    "field_id" INTEGER NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "online_level" "OnlineLevel" NOT NULL DEFAULT 'NONE',
    "status" "ProcedureStatus" NOT NULL DEFAULT 'ACTIVE',
    "statutory_days" INTEGER NOT NULL,
    "agency_id" INTEGER,

    CONSTRAINT "procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),
    "handling_official_id" INTEGER,
    "synced_to_national_portal" BOOLEAN NOT NULL DEFAULT false,
    "digitized" BOOLEAN NOT NULL DEFAULT false,
    "has_electronic_result" BOOLEAN NOT NULL DEFAULT false,
    "apology_issued_at" TIMESTAMPTZ(3),
    "reschedule_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staffing_quota" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "quota" INTEGER NOT NULL,
    "actual_headcount" INTEGER,
    "streamlined" INTEGER NOT NULL DEFAULT 0,
    "decision_number" VARCHAR(60),
    "decision_date" DATE,

    CONSTRAINT "staffing_quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "category" "StaffCategory",
    "baseline_year" INTEGER,
    "target_year" INTEGER NOT NULL,
    "value" DECIMAL(12,4) NOT NULL,
    "unit" VARCHAR(16) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "source" VARCHAR(300),

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_unit_autonomy" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "AutonomyLevel" NOT NULL,
    "units" INTEGER NOT NULL,
    "source" VARCHAR(300),

    CONSTRAINT "service_unit_autonomy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "index_definition" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "unit" VARCHAR(16) NOT NULL,
    "max_score" DECIMAL(10,4) NOT NULL,
    "total_is_sum" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,

    CONSTRAINT "index_definition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "index_component" (
    "id" SERIAL NOT NULL,
    "index_id" INTEGER NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "name_en" VARCHAR(300),
    "max_score" DECIMAL(10,4) NOT NULL,
    "weight" DECIMAL(8,4),
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "index_component_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "index_score" (
    "id" SERIAL NOT NULL,
    "index_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(10,4),
    "rank" INTEGER,
    "rank_of" INTEGER,
    "national_average" DECIMAL(10,4),
    "source" VARCHAR(500) NOT NULL,

    CONSTRAINT "index_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "index_component_score" (
    "id" SERIAL NOT NULL,
    "component_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(10,4) NOT NULL,
    "source" VARCHAR(500) NOT NULL,

    CONSTRAINT "index_component_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "index_component_owner" (
    "id" SERIAL NOT NULL,
    "component_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "role" "OwnerRole" NOT NULL,

    CONSTRAINT "index_component_owner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating_band" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "Rating" NOT NULL,
    "label" VARCHAR(40) NOT NULL,
    "min_score" DECIMAL(6,2) NOT NULL,

    CONSTRAINT "rating_band_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_criterion" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "group" "AssessmentGroup" NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "max_score" DECIMAL(6,2) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "assessment_criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency_assessment" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "group" "AssessmentGroup" NOT NULL,
    "max_score" DECIMAL(6,2) NOT NULL DEFAULT 100,
    "self_score" DECIMAL(6,2),
    "appraised_score" DECIMAL(6,2),
    "rank" INTEGER,
    "rating" "Rating",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agency_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_criterion_score" (
    "id" SERIAL NOT NULL,
    "assessment_id" INTEGER NOT NULL,
    "criterion_id" INTEGER NOT NULL,
    "self_score" DECIMAL(6,2),
    "appraised_score" DECIMAL(6,2),
    "evidence" TEXT,

    CONSTRAINT "assessment_criterion_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "agency_id" INTEGER,
    "details" JSONB,
    "ip" VARCHAR(64),

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agency_code_key" ON "agency"("code");

-- CreateIndex
CREATE INDEX "agency_parent_id_idx" ON "agency"("parent_id");

-- CreateIndex
CREATE INDEX "agency_kind_level_idx" ON "agency"("kind", "level");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "app_user_agency_id_idx" ON "app_user"("agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "official_code_key" ON "official"("code");

-- CreateIndex
CREATE INDEX "official_agency_id_idx" ON "official"("agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_period_year_quarter_key" ON "reporting_period"("year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "task_code_key" ON "task"("code");

-- CreateIndex
CREATE INDEX "task_agency_id_assigned_at_idx" ON "task"("agency_id", "assigned_at");

-- CreateIndex
CREATE INDEX "task_assigned_at_idx" ON "task"("assigned_at");

-- CreateIndex
CREATE INDEX "task_due_at_idx" ON "task"("due_at");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_field_code_key" ON "procedure_field"("code");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_code_key" ON "procedure"("code");

-- CreateIndex
CREATE INDEX "procedure_field_id_idx" ON "procedure"("field_id");

-- CreateIndex
CREATE INDEX "procedure_level_online_level_idx" ON "procedure"("level", "online_level");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_code_key" ON "dossier"("code");

-- CreateIndex
CREATE INDEX "dossier_agency_id_received_at_id_idx" ON "dossier"("agency_id", "received_at", "id");

-- CreateIndex
CREATE INDEX "dossier_procedure_id_received_at_idx" ON "dossier"("procedure_id", "received_at");

-- CreateIndex
CREATE INDEX "dossier_handling_official_id_received_at_idx" ON "dossier"("handling_official_id", "received_at");

-- CreateIndex
CREATE INDEX "dossier_received_at_id_idx" ON "dossier"("received_at", "id");

-- CreateIndex
CREATE INDEX "staffing_quota_year_category_idx" ON "staffing_quota"("year", "category");

-- CreateIndex
CREATE UNIQUE INDEX "staffing_quota_agency_id_year_category_key" ON "staffing_quota"("agency_id", "year", "category");

-- CreateIndex
CREATE UNIQUE INDEX "target_code_target_year_key" ON "target"("code", "target_year");

-- CreateIndex
CREATE UNIQUE INDEX "service_unit_autonomy_year_level_key" ON "service_unit_autonomy"("year", "level");

-- CreateIndex
CREATE UNIQUE INDEX "index_definition_code_key" ON "index_definition"("code");

-- CreateIndex
CREATE UNIQUE INDEX "index_component_index_id_code_key" ON "index_component"("index_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "index_score_index_id_year_key" ON "index_score"("index_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "index_component_score_component_id_year_key" ON "index_component_score"("component_id", "year");

-- CreateIndex
CREATE INDEX "index_component_owner_agency_id_idx" ON "index_component_owner"("agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "index_component_owner_component_id_agency_id_key" ON "index_component_owner"("component_id", "agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "rating_band_year_rating_key" ON "rating_band"("year", "rating");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_criterion_year_group_code_key" ON "assessment_criterion"("year", "group", "code");

-- CreateIndex
CREATE INDEX "agency_assessment_year_group_idx" ON "agency_assessment"("year", "group");

-- CreateIndex
CREATE UNIQUE INDEX "agency_assessment_agency_id_year_key" ON "agency_assessment"("agency_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_criterion_score_assessment_id_criterion_id_key" ON "assessment_criterion_score"("assessment_id", "criterion_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official" ADD CONSTRAINT "official_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "procedure_field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_handling_official_id_fkey" FOREIGN KEY ("handling_official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staffing_quota" ADD CONSTRAINT "staffing_quota_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_component" ADD CONSTRAINT "index_component_index_id_fkey" FOREIGN KEY ("index_id") REFERENCES "index_definition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_score" ADD CONSTRAINT "index_score_index_id_fkey" FOREIGN KEY ("index_id") REFERENCES "index_definition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_component_score" ADD CONSTRAINT "index_component_score_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "index_component"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_component_owner" ADD CONSTRAINT "index_component_owner_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "index_component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_component_owner" ADD CONSTRAINT "index_component_owner_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_assessment" ADD CONSTRAINT "agency_assessment_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_criterion_score" ADD CONSTRAINT "assessment_criterion_score_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "agency_assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_criterion_score" ADD CONSTRAINT "assessment_criterion_score_criterion_id_fkey" FOREIGN KEY ("criterion_id") REFERENCES "assessment_criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── Constraints Prisma cannot express (kept in the database, DESIGN §4–§5) ─────────────

ALTER TABLE "agency"
  ADD CONSTRAINT "agency_validity_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
  ADD CONSTRAINT "agency_successor_not_self_check" CHECK ("successor_id" IS NULL OR "successor_id" <> "id"),
  ADD CONSTRAINT "agency_parent_not_self_check" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");

ALTER TABLE "app_user"
  ADD CONSTRAINT "app_user_agency_role_check" CHECK ("role" <> 'AGENCY' OR "agency_id" IS NOT NULL),
  ADD CONSTRAINT "app_user_failed_attempts_check" CHECK ("failed_attempts" >= 0);

ALTER TABLE "reporting_period"
  ADD CONSTRAINT "reporting_period_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4),
  ADD CONSTRAINT "reporting_period_order_check" CHECK ("opens_at" <= "deadline" AND "deadline" <= "locks_at");

ALTER TABLE "task"
  ADD CONSTRAINT "task_due_check" CHECK ("due_at" >= "assigned_at"),
  ADD CONSTRAINT "task_completed_check" CHECK ("completed_at" IS NULL OR "completed_at" >= "assigned_at");

ALTER TABLE "procedure"
  ADD CONSTRAINT "procedure_statutory_days_check" CHECK ("statutory_days" >= 0);

ALTER TABLE "dossier"
  ADD CONSTRAINT "dossier_resolved_check" CHECK ("resolved_at" IS NULL OR "resolved_at" >= "received_at"),
  ADD CONSTRAINT "dossier_due_check" CHECK ("due_at" >= "received_at"),
  ADD CONSTRAINT "dossier_apology_check" CHECK ("apology_issued_at" IS NULL OR "apology_issued_at" >= "received_at"),
  ADD CONSTRAINT "dossier_reschedule_count_check" CHECK ("reschedule_count" >= 0);

-- "overdue now" and "carried over" look only at dossiers not yet resolved.
CREATE INDEX "dossier_unresolved_idx" ON "dossier" ("agency_id", "due_at") WHERE "resolved_at" IS NULL;
CREATE INDEX "dossier_resolved_at_idx" ON "dossier" ("resolved_at");

ALTER TABLE "staffing_quota"
  ADD CONSTRAINT "staffing_quota_year_check" CHECK ("year" BETWEEN 2000 AND 2100),
  ADD CONSTRAINT "staffing_quota_counts_check"
    CHECK ("quota" >= 0 AND ("actual_headcount" IS NULL OR "actual_headcount" >= 0) AND "streamlined" >= 0);

ALTER TABLE "target"
  ADD CONSTRAINT "target_value_check" CHECK ("value" >= 0),
  ADD CONSTRAINT "target_years_check" CHECK ("baseline_year" IS NULL OR "baseline_year" < "target_year");

ALTER TABLE "service_unit_autonomy"
  ADD CONSTRAINT "service_unit_autonomy_units_check" CHECK ("units" >= 0);

ALTER TABLE "index_definition"
  ADD CONSTRAINT "index_definition_max_check" CHECK ("max_score" > 0);

ALTER TABLE "index_component"
  ADD CONSTRAINT "index_component_max_check" CHECK ("max_score" > 0),
  ADD CONSTRAINT "index_component_weight_check" CHECK ("weight" IS NULL OR "weight" >= 0);

ALTER TABLE "index_score"
  ADD CONSTRAINT "index_score_score_check" CHECK ("score" IS NULL OR "score" >= 0),
  ADD CONSTRAINT "index_score_rank_check"
    CHECK (("rank" IS NULL OR "rank" >= 1) AND ("rank_of" IS NULL OR "rank_of" >= 1)
      AND ("rank" IS NULL OR "rank_of" IS NULL OR "rank" <= "rank_of"));

ALTER TABLE "index_component_score"
  ADD CONSTRAINT "index_component_score_score_check" CHECK ("score" >= 0);

CREATE UNIQUE INDEX "index_component_owner_one_lead_idx"
  ON "index_component_owner" ("component_id") WHERE "role" = 'LEAD';

ALTER TABLE "rating_band"
  ADD CONSTRAINT "rating_band_min_check" CHECK ("min_score" >= 0 AND "min_score" <= 100);

ALTER TABLE "assessment_criterion"
  ADD CONSTRAINT "assessment_criterion_max_check" CHECK ("max_score" > 0);

ALTER TABLE "agency_assessment"
  ADD CONSTRAINT "agency_assessment_scores_check"
    CHECK ("max_score" > 0
      AND ("self_score" IS NULL OR "self_score" BETWEEN 0 AND "max_score")
      AND ("appraised_score" IS NULL OR "appraised_score" BETWEEN 0 AND "max_score")),
  ADD CONSTRAINT "agency_assessment_rank_check" CHECK ("rank" IS NULL OR "rank" >= 1);

ALTER TABLE "assessment_criterion_score"
  ADD CONSTRAINT "assessment_criterion_score_nonnegative_check"
    CHECK (("self_score" IS NULL OR "self_score" >= 0) AND ("appraised_score" IS NULL OR "appraised_score" >= 0));

-- A score never exceeds the maximum of what it scores (the maximum lives in another table).
CREATE FUNCTION "check_index_score_max"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE maximum numeric;
BEGIN
  SELECT "max_score" INTO maximum FROM "index_definition" WHERE "id" = NEW."index_id";
  IF NEW."score" IS NOT NULL AND NEW."score" > maximum THEN
    RAISE EXCEPTION 'index score % exceeds the maximum %', NEW."score", maximum USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "index_score_max" BEFORE INSERT OR UPDATE ON "index_score"
  FOR EACH ROW EXECUTE FUNCTION "check_index_score_max"();

CREATE FUNCTION "check_index_component_score_max"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE maximum numeric;
BEGIN
  SELECT "max_score" INTO maximum FROM "index_component" WHERE "id" = NEW."component_id";
  IF NEW."score" > maximum THEN
    RAISE EXCEPTION 'component score % exceeds the maximum %', NEW."score", maximum USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "index_component_score_max" BEFORE INSERT OR UPDATE ON "index_component_score"
  FOR EACH ROW EXECUTE FUNCTION "check_index_component_score_max"();

CREATE FUNCTION "check_assessment_criterion_score_max"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE maximum numeric;
BEGIN
  SELECT "max_score" INTO maximum FROM "assessment_criterion" WHERE "id" = NEW."criterion_id";
  IF COALESCE(NEW."self_score", 0) > maximum OR COALESCE(NEW."appraised_score", 0) > maximum THEN
    RAISE EXCEPTION 'criterion score exceeds the maximum %', maximum USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "assessment_criterion_score_max" BEFORE INSERT OR UPDATE ON "assessment_criterion_score"
  FOR EACH ROW EXECUTE FUNCTION "check_assessment_criterion_score_max"();

-- The audit log is append-only.
CREATE FUNCTION "reject_audit_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "reject_audit_log_change"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_audit_log_change"();
