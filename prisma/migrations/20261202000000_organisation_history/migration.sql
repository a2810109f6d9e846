-- CreateEnum
CREATE TYPE "ReorganisationLineKind" AS ENUM ('MERGE', 'SPLIT', 'RENAME', 'TRANSFER', 'ABOLISH');

-- DropIndex
DROP INDEX "index_score_index_id_year_key";

-- DropIndex
DROP INDEX "index_component_score_component_id_year_key";

-- AlterTable
ALTER TABLE "index_score" ADD COLUMN     "former_province" VARCHAR(100) NOT NULL DEFAULT '',
ADD COLUMN     "recalculated" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "index_component_score" ADD COLUMN     "former_province" VARCHAR(100) NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "reorganisation" (
    "id" SERIAL NOT NULL,
    "act_number" VARCHAR(80) NOT NULL,
    "act_date" DATE NOT NULL,
    "issuer" VARCHAR(200) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "effective_on" DATE NOT NULL,
    "note" VARCHAR(2000),
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "applied_summary" JSONB,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reorganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reorganisation_line" (
    "id" SERIAL NOT NULL,
    "reorganisation_id" INTEGER NOT NULL,
    "kind" "ReorganisationLineKind" NOT NULL,
    "predecessor_id" INTEGER NOT NULL,
    "successor_id" INTEGER,
    "share" DECIMAL(7,6) NOT NULL DEFAULT 1,
    "from_parent_id" INTEGER,
    "to_parent_id" INTEGER,
    "note" VARCHAR(500),
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "reorganisation_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ranking_group" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "assessment_group" "AssessmentGroup" NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ranking_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ranking_group_member" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,

    CONSTRAINT "ranking_group_member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reorganisation_effective_on_idx" ON "reorganisation"("effective_on");

-- CreateIndex
CREATE INDEX "reorganisation_line_predecessor_id_idx" ON "reorganisation_line"("predecessor_id");

-- CreateIndex
CREATE INDEX "reorganisation_line_successor_id_idx" ON "reorganisation_line"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "reorganisation_line_reorganisation_id_predecessor_id_succes_key" ON "reorganisation_line"("reorganisation_id", "predecessor_id", "successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "ranking_group_year_code_key" ON "ranking_group"("year", "code");

-- CreateIndex
CREATE INDEX "ranking_group_member_group_id_idx" ON "ranking_group_member"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "ranking_group_member_year_agency_id_key" ON "ranking_group_member"("year", "agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "index_score_index_id_former_province_year_key" ON "index_score"("index_id", "former_province", "year");

-- CreateIndex
CREATE UNIQUE INDEX "index_component_score_component_id_former_province_year_key" ON "index_component_score"("component_id", "former_province", "year");

-- AddForeignKey
ALTER TABLE "reorganisation" ADD CONSTRAINT "reorganisation_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reorganisation_line" ADD CONSTRAINT "reorganisation_line_reorganisation_id_fkey" FOREIGN KEY ("reorganisation_id") REFERENCES "reorganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reorganisation_line" ADD CONSTRAINT "reorganisation_line_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reorganisation_line" ADD CONSTRAINT "reorganisation_line_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reorganisation_line" ADD CONSTRAINT "reorganisation_line_from_parent_id_fkey" FOREIGN KEY ("from_parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reorganisation_line" ADD CONSTRAINT "reorganisation_line_to_parent_id_fkey" FOREIGN KEY ("to_parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ranking_group_member" ADD CONSTRAINT "ranking_group_member_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "ranking_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ranking_group_member" ADD CONSTRAINT "ranking_group_member_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written (docs/ORGANISATION.md): what a reorganisation line may say.
ALTER TABLE "reorganisation"
  ADD CONSTRAINT "reorganisation_act_before_effect_check" CHECK ("act_date" <= "effective_on"),
  ADD CONSTRAINT "reorganisation_act_number_check" CHECK (btrim("act_number") <> '' AND btrim("issuer") <> '' AND btrim("title") <> '');

ALTER TABLE "reorganisation_line"
  ADD CONSTRAINT "reorganisation_line_share_check" CHECK ("share" > 0 AND "share" <= 1),
  -- a transfer keeps the unit and changes its parent; every other line names another unit
  ADD CONSTRAINT "reorganisation_line_transfer_check" CHECK (
    ("kind" = 'TRANSFER') = ("successor_id" IS NOT NULL AND "successor_id" = "predecessor_id")),
  ADD CONSTRAINT "reorganisation_line_transfer_parent_check" CHECK (
    ("kind" = 'TRANSFER') = ("to_parent_id" IS NOT NULL OR "from_parent_id" IS NOT NULL)),
  ADD CONSTRAINT "reorganisation_line_successor_check" CHECK ("successor_id" IS NOT NULL OR "kind" = 'ABOLISH'),
  ADD CONSTRAINT "reorganisation_line_rename_check" CHECK ("kind" <> 'RENAME' OR "share" = 1);

-- one line without a successor per predecessor and act (the unique index above lets NULLs repeat)
CREATE UNIQUE INDEX "reorganisation_line_abolished_key" ON "reorganisation_line"("reorganisation_id", "predecessor_id")
  WHERE "successor_id" IS NULL;

-- At commit: the shares of each predecessor in one act sum to 1 (the lines of a split are written
-- one by one, so the check waits for the end of the transaction).
CREATE FUNCTION "check_reorganisation_line_shares"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  act integer;
  unit integer;
  total numeric;
BEGIN
  IF TG_OP = 'DELETE' THEN
    act := OLD."reorganisation_id"; unit := OLD."predecessor_id";
  ELSE
    act := NEW."reorganisation_id"; unit := NEW."predecessor_id";
  END IF;
  SELECT sum("share") INTO total FROM "reorganisation_line"
    WHERE "reorganisation_id" = act AND "predecessor_id" = unit AND "kind" <> 'TRANSFER';
  IF total IS NOT NULL AND abs(total - 1) > 0.00001 THEN
    RAISE EXCEPTION 'the shares of agency % in reorganisation % sum to %, not 1', unit, act, total
      USING ERRCODE = '23514', CONSTRAINT = 'reorganisation_line_shares_check';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "reorganisation_line_shares" AFTER INSERT OR UPDATE OR DELETE ON "reorganisation_line"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_reorganisation_line_shares"();

-- A member's year is its group's year.
CREATE UNIQUE INDEX "ranking_group_id_year_key" ON "ranking_group"("id", "year");
ALTER TABLE "ranking_group_member"
  ADD CONSTRAINT "ranking_group_member_group_year_fkey" FOREIGN KEY ("group_id", "year")
    REFERENCES "ranking_group"("id", "year") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ranking_group"
  ADD CONSTRAINT "ranking_group_name_check" CHECK (btrim("code") <> '' AND btrim("name") <> '');
