-- Issue 16, item 4: what the province's review reports publish. The system now also knows, per
-- agency and quarter, its tasks in progress and its dossiers by channel and by outcome; and a
-- rule can check that a percentage typed beside its counts agrees with them (kind PERCENT).
-- The new enum values are used by the next migration: PostgreSQL refuses a value added by
-- ALTER TYPE … ADD VALUE in the transaction that added it.

-- AlterEnum
ALTER TYPE "PrefillSource" ADD VALUE 'TASKS_IN_PROGRESS';
ALTER TYPE "PrefillSource" ADD VALUE 'DOSSIERS_ONLINE';
ALTER TYPE "PrefillSource" ADD VALUE 'DOSSIERS_IN_PERSON';
ALTER TYPE "PrefillSource" ADD VALUE 'DOSSIERS_POSTAL';
ALTER TYPE "PrefillSource" ADD VALUE 'DOSSIERS_RESOLVED';
ALTER TYPE "PrefillSource" ADD VALUE 'DOSSIERS_RESOLVED_EARLY';

-- CreateEnum
CREATE TYPE "RuleKind" AS ENUM ('SUM', 'PERCENT');

-- AlterTable
ALTER TABLE "validation_rule" ADD COLUMN     "denominator_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "kind" "RuleKind" NOT NULL DEFAULT 'SUM',
ADD COLUMN     "tolerance" DECIMAL(6,3) NOT NULL DEFAULT 0;

-- By hand: a percentage rule names one percentage and a whole; a tolerance is never negative.
ALTER TABLE "validation_rule"
  ADD CONSTRAINT "validation_rule_percent_check"
    CHECK ("kind" = 'SUM' OR (cardinality("left_codes") = 1 AND cardinality("denominator_codes") >= 1)),
  ADD CONSTRAINT "validation_rule_tolerance_check" CHECK ("tolerance" >= 0 AND "tolerance" <= 5);
