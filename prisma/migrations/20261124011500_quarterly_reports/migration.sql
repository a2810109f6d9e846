-- CreateEnum
CREATE TYPE "ParArea" AS ENUM ('DIRECTION', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'DIGITAL_GOVERNMENT', 'SERVICE_IMPACT');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('COUNT', 'PERCENT', 'SCORE', 'TEXT');

-- CreateEnum
CREATE TYPE "PrefillSource" AS ENUM ('TASKS_ASSIGNED', 'TASKS_DONE_ON_TIME', 'TASKS_DONE_LATE', 'DOSSIERS_RECEIVED', 'DOSSIERS_RESOLVED_ON_TIME', 'DOSSIERS_RESOLVED_LATE');

-- CreateEnum
CREATE TYPE "RuleOperator" AS ENUM ('EQ', 'LE', 'GE');

-- CreateEnum
CREATE TYPE "RuleImportance" AS ENUM ('ERROR', 'WARNING');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ReportEventKind" AS ENUM ('SAVED', 'SUBMITTED', 'RETURNED', 'APPROVED', 'UNAPPROVED');

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(48) NOT NULL,
    "name_vi" VARCHAR(300) NOT NULL,
    "name_en" VARCHAR(300) NOT NULL,
    "area" "ParArea" NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "min_value" DECIMAL(14,2),
    "max_value" DECIMAL(14,2),
    "required" BOOLEAN NOT NULL DEFAULT false,
    "from_year" INTEGER NOT NULL,
    "to_year" INTEGER,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "prefill" "PrefillSource",
    "numerator_id" INTEGER,
    "denominator_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "validation_rule" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(48) NOT NULL,
    "left_codes" TEXT[],
    "operator" "RuleOperator" NOT NULL,
    "right_codes" TEXT[],
    "importance" "RuleImportance" NOT NULL,
    "message_vi" VARCHAR(300) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "validation_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_reopening" (
    "id" SERIAL NOT NULL,
    "period_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_reopening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "period_id" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "first_submitted_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "last_approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_value" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "value" DECIMAL(14,2),
    "text_value" VARCHAR(2000),
    "evidence_number" VARCHAR(80),
    "evidence_date" DATE,
    "evidence_url" VARCHAR(500),
    "comment" VARCHAR(1000),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_value_change" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "old_value" VARCHAR(2000),
    "new_value" VARCHAR(2000),
    "comment" VARCHAR(1000),
    "actor_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_value_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_field_comment" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "indicator_id" INTEGER,
    "event_id" INTEGER NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "author_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_field_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_event" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "kind" "ReportEventKind" NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "reason" VARCHAR(1000),
    "version" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "indicator_code_key" ON "indicator"("code");

-- CreateIndex
CREATE INDEX "indicator_area_sort_order_idx" ON "indicator"("area", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "validation_rule_code_key" ON "validation_rule"("code");

-- CreateIndex
CREATE INDEX "reporting_reopening_period_id_agency_id_until_idx" ON "reporting_reopening"("period_id", "agency_id", "until");

-- CreateIndex
CREATE INDEX "report_period_id_status_idx" ON "report"("period_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "report_agency_id_period_id_key" ON "report"("agency_id", "period_id");

-- CreateIndex
CREATE INDEX "report_value_indicator_id_idx" ON "report_value"("indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_value_report_id_indicator_id_key" ON "report_value"("report_id", "indicator_id");

-- CreateIndex
CREATE INDEX "report_value_change_report_id_at_idx" ON "report_value_change"("report_id", "at");

-- CreateIndex
CREATE INDEX "report_field_comment_report_id_created_at_idx" ON "report_field_comment"("report_id", "created_at");

-- CreateIndex
CREATE INDEX "report_event_report_id_at_idx" ON "report_event"("report_id", "at");

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_numerator_id_fkey" FOREIGN KEY ("numerator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_denominator_id_fkey" FOREIGN KEY ("denominator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_reopening" ADD CONSTRAINT "reporting_reopening_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_reopening" ADD CONSTRAINT "reporting_reopening_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_reopening" ADD CONSTRAINT "reporting_reopening_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_value" ADD CONSTRAINT "report_value_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_value" ADD CONSTRAINT "report_value_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_value_change" ADD CONSTRAINT "report_value_change_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_value_change" ADD CONSTRAINT "report_value_change_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_value_change" ADD CONSTRAINT "report_value_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_field_comment" ADD CONSTRAINT "report_field_comment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_field_comment" ADD CONSTRAINT "report_field_comment_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_field_comment" ADD CONSTRAINT "report_field_comment_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "report_event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_field_comment" ADD CONSTRAINT "report_field_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_event" ADD CONSTRAINT "report_event_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_event" ADD CONSTRAINT "report_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───── hand-written constraints (issue 6) ─────
ALTER TABLE "indicator"
  ADD CONSTRAINT "indicator_years_check" CHECK ("to_year" IS NULL OR "from_year" <= "to_year"),
  ADD CONSTRAINT "indicator_bounds_check" CHECK ("min_value" IS NULL OR "max_value" IS NULL OR "min_value" <= "max_value"),
  ADD CONSTRAINT "indicator_computed_check"
    CHECK (("numerator_id" IS NULL) = ("denominator_id" IS NULL)
      AND ("numerator_id" IS NULL OR ("unit" = 'PERCENT' AND "prefill" IS NULL))),
  ADD CONSTRAINT "indicator_code_check" CHECK ("code" ~ '^[A-Z][A-Z0-9_]*$');

ALTER TABLE "validation_rule"
  ADD CONSTRAINT "validation_rule_sides_check" CHECK (cardinality("left_codes") >= 1 AND cardinality("right_codes") >= 1);

ALTER TABLE "reporting_reopening"
  ADD CONSTRAINT "reporting_reopening_reason_check" CHECK (length(btrim("reason")) > 0);

ALTER TABLE "report"
  ADD CONSTRAINT "report_version_check" CHECK ("version" >= 0),
  ADD CONSTRAINT "report_approved_check" CHECK (("status" = 'APPROVED') = ("approved_at" IS NOT NULL));

ALTER TABLE "report_value"
  ADD CONSTRAINT "report_value_one_kind_check" CHECK ("value" IS NULL OR "text_value" IS NULL);

-- Value history and workflow history are append-only, like the audit log.
CREATE FUNCTION "reject_report_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END $$;
CREATE TRIGGER "report_value_change_append_only" BEFORE UPDATE OR DELETE ON "report_value_change"
  FOR EACH ROW EXECUTE FUNCTION "reject_report_history_change"();
CREATE TRIGGER "report_event_append_only" BEFORE UPDATE OR DELETE ON "report_event"
  FOR EACH ROW EXECUTE FUNCTION "reject_report_history_change"();
