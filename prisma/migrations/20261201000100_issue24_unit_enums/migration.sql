-- IndexDefinition.unit and Target.unit become enums, like Indicator.unit (issue 24, item 5).
-- The stored values are carried over as they are (trimmed, upper-cased). A value outside the
-- enum stops the migration and names the rows that hold it: reading used to turn an unknown
-- index unit silently into POINTS (asUnit), and that guess is not made here either. The script
-- runs as one transaction, so a refused migration changes nothing.

-- CreateEnum
CREATE TYPE "IndexUnit" AS ENUM ('PERCENT', 'POINTS', 'RATIO');

-- CreateEnum
CREATE TYPE "TargetUnit" AS ENUM ('PERCENT', 'COUNT');

DO $$
DECLARE
  unknown text;
BEGIN
  SELECT string_agg(format('%s (%L)', "code", "unit"), ', ' ORDER BY "code") INTO unknown
    FROM "index_definition" WHERE upper(btrim("unit")) NOT IN ('PERCENT', 'POINTS', 'RATIO');
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'index_definition.unit: không phải PERCENT, POINTS hoặc RATIO: %', unknown;
  END IF;
  SELECT string_agg(format('%s/%s (%L)', "code", "target_year", "unit"), ', ' ORDER BY "code", "target_year") INTO unknown
    FROM "target" WHERE upper(btrim("unit")) NOT IN ('PERCENT', 'COUNT');
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'target.unit: không phải PERCENT hoặc COUNT: %', unknown;
  END IF;
END $$;

-- AlterTable
ALTER TABLE "index_definition" ALTER COLUMN "unit" TYPE "IndexUnit" USING upper(btrim("unit"))::"IndexUnit";

-- AlterTable
ALTER TABLE "target" ALTER COLUMN "unit" TYPE "TargetUnit" USING upper(btrim("unit"))::"TargetUnit";
