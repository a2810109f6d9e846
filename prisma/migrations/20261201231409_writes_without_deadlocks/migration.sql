-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('CSV', 'XLSX');

-- CreateEnum
CREATE TYPE "ImportFileRole" AS ENUM ('ORIGINAL', 'ERROR_REPORT');

-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "written_by_import_id" INTEGER,
ADD COLUMN     "written_by_token_id" INTEGER;

-- AlterTable (by hand: the format's text carried over into the enum; the blobs move to import_file below)
ALTER TABLE "import_run" ADD COLUMN     "lease_expires_at" TIMESTAMPTZ(3),
ADD COLUMN     "lease_owner" UUID,
ALTER COLUMN "file_format" TYPE "ImportFormat" USING upper("file_format")::"ImportFormat";

-- AlterTable
ALTER TABLE "task" ADD COLUMN     "written_by_import_id" INTEGER,
ADD COLUMN     "written_by_token_id" INTEGER;

-- CreateTable
CREATE TABLE "dossier_agency_change" (
    "id" BIGSERIAL NOT NULL,
    "dossier_id" INTEGER NOT NULL,
    "from_agency_id" INTEGER NOT NULL,
    "to_agency_id" INTEGER NOT NULL,
    "import_run_id" INTEGER,
    "api_token_id" INTEGER,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossier_agency_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_file" (
    "run_id" INTEGER NOT NULL,
    "role" "ImportFileRole" NOT NULL,
    "bytes" BYTEA NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_file_pkey" PRIMARY KEY ("run_id","role")
);

-- the stored originals and error reports, carried over from import_run (by hand)
INSERT INTO "import_file" ("run_id", "role", "bytes", "byte_size", "created_at")
  SELECT "id", 'ORIGINAL'::"ImportFileRole", "original", length("original"), "created_at" FROM "import_run" WHERE "original" IS NOT NULL
  UNION ALL
  SELECT "id", 'ERROR_REPORT'::"ImportFileRole", "error_report", length("error_report"), "created_at" FROM "import_run" WHERE "error_report" IS NOT NULL;
ALTER TABLE "import_run" DROP COLUMN "original", DROP COLUMN "error_report";

-- CreateIndex
CREATE INDEX "dossier_agency_change_dossier_id_idx" ON "dossier_agency_change"("dossier_id");

-- CreateIndex
CREATE INDEX "import_run_status_lease_expires_at_idx" ON "import_run"("status", "lease_expires_at");

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_written_by_import_id_fkey" FOREIGN KEY ("written_by_import_id") REFERENCES "import_run"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_written_by_token_id_fkey" FOREIGN KEY ("written_by_token_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_written_by_import_id_fkey" FOREIGN KEY ("written_by_import_id") REFERENCES "import_run"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_written_by_token_id_fkey" FOREIGN KEY ("written_by_token_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_agency_change" ADD CONSTRAINT "dossier_agency_change_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_agency_change" ADD CONSTRAINT "dossier_agency_change_from_agency_id_fkey" FOREIGN KEY ("from_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_agency_change" ADD CONSTRAINT "dossier_agency_change_to_agency_id_fkey" FOREIGN KEY ("to_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_agency_change" ADD CONSTRAINT "dossier_agency_change_import_run_id_fkey" FOREIGN KEY ("import_run_id") REFERENCES "import_run"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_agency_change" ADD CONSTRAINT "dossier_agency_change_api_token_id_fkey" FOREIGN KEY ("api_token_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_file" ADD CONSTRAINT "import_file_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "import_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── hand-written ─────────────

-- A row is last written by one import or one API token, never both.
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_written_by_one" CHECK (num_nonnulls("written_by_import_id", "written_by_token_id") <= 1);
ALTER TABLE "task" ADD CONSTRAINT "task_written_by_one" CHECK (num_nonnulls("written_by_import_id", "written_by_token_id") <= 1);

-- ── Dossier rollups that cannot deadlock, by design ──
-- Before: each statement's AFTER triggers upserted the rollup rows it touched, in key order, and held
-- those locks to the end of the transaction. One INSERT … ON CONFLICT DO UPDATE fires two statement
-- triggers (UPDATE, then INSERT), so an upsert locked rollup rows in two passes, each in key order:
-- writer A could hold key 5 from its first pass and wait for key 3 in its second while writer B held
-- key 3 and waited for key 5. At 20 writers of mixed batches, 39 % of batches died with 40P01. Any
-- transaction of several statements had the same flaw.
--
-- Now: a statement's triggers only ADD its events to four per-session delta tables (temporary, so no
-- other session sees them, nothing is locked and nothing is WAL-logged), and register the transaction
-- in dossier_rollup_pending. A DEFERRABLE INITIALLY DEFERRED constraint trigger on that table fires
-- once per transaction, at COMMIT, and applies the sums of all its deltas in ONE pass: the four rollup
-- tables in a fixed order, each in key order (ORDER BY of the upsert), skipping keys whose events net
-- to zero. So every transaction takes its rollup locks
--   (1) only in its last step, after every other lock it will ever ask for, and
--   (2) in one global order: (table, key).
-- A transaction waiting for a rollup lock holds only rollup locks of smaller (table, key); a cycle of
-- waits would need one of them to wait for a smaller key than one it holds, which (2) excludes; and by
-- (1) no transaction holding a rollup lock waits for any other kind of lock. Hence no deadlock on the
-- rollups, whatever the statements before the commit. Locks on the dossier rows themselves are taken
-- by the writers in code order (the import and the API upsert SELECT DISTINCT ON (code) … ORDER BY
-- code). The locks are also held for a moment only (the apply to the commit), not for the whole write.
-- Why not a queue applied by one background writer: figures would lag behind the data and a reader
-- could not trust "npm run rollups -- check" at any instant; the deferred apply keeps the rollups
-- exact at every commit, in the same transaction as the rows. The cost is one small temporary-table
-- insert per statement and one GROUP BY at commit.
-- Caveat: SET CONSTRAINTS … IMMEDIATE fires the apply early; the deltas are then consumed (deleted),
-- and later statements register again, so the figures stay right, but the early locks are held to the
-- end of the transaction again. Nothing in the application does that.

-- The key columns of each rollup table (one definition for the statements built below).
CREATE FUNCTION dossier_rollup_keys(target text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE target
    WHEN 'dossier_stat_day' THEN 'agency_id, day'
    WHEN 'dossier_stat_agency_month' THEN 'agency_id, month, channel'
    WHEN 'dossier_stat_procedure_month' THEN 'agency_id, procedure_id, month, channel'
    WHEN 'dossier_stat_official_month' THEN 'agency_id, official_id, month, channel'
  END $$;

-- The transactions with deltas to apply at commit: one row each, deleted by the apply. Unlogged: a row
-- lives only while its transaction runs, and a crash aborts every running transaction anyway.
CREATE UNLOGGED TABLE dossier_rollup_pending (xid xid8 PRIMARY KEY);

-- This session's delta tables, created on its first dossier write (temporary tables cannot be created
-- by a migration for every session). Same columns as the rollup table, no key: one row per statement
-- and key, summed at commit.
CREATE FUNCTION dossier_rollup_delta_tables() RETURNS void
  LANGUAGE plpgsql AS $fn$
DECLARE
  target text;
BEGIN
  IF to_regclass('pg_temp.dossier_stat_official_month_delta') IS NOT NULL THEN
    RETURN;
  END IF;
  FOREACH target IN ARRAY ARRAY['dossier_stat_day', 'dossier_stat_agency_month', 'dossier_stat_procedure_month', 'dossier_stat_official_month'] LOOP
    EXECUTE format('CREATE TEMP TABLE IF NOT EXISTS %I (LIKE %I) ON COMMIT DELETE ROWS', target || '_delta', target);
  END LOOP;
END
$fn$;

-- The statement triggers: this statement's events, added to the session's deltas. The events of one
-- statement are computed exactly as before (dossier_rollup_statement, "fresh": no conflict clause),
-- only written to the delta table instead of the rollup table.
CREATE OR REPLACE FUNCTION dossier_rollup_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
DECLARE
  source text;
  target text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    source := 'SELECT 1 AS sign, * FROM dossier_new';
  ELSIF TG_OP = 'DELETE' THEN
    source := 'SELECT -1 AS sign, * FROM dossier_old';
  ELSE
    source := 'SELECT 1 AS sign, * FROM dossier_new UNION ALL SELECT -1 AS sign, * FROM dossier_old';
  END IF;
  PERFORM dossier_rollup_delta_tables();
  FOREACH target IN ARRAY ARRAY['dossier_stat_day', 'dossier_stat_agency_month', 'dossier_stat_procedure_month', 'dossier_stat_official_month'] LOOP
    EXECUTE replace(
      dossier_rollup_statement(target, source, true),
      format('INSERT INTO %I AS s', target),
      format('INSERT INTO pg_temp.%I AS s', target || '_delta'));
  END LOOP;
  INSERT INTO dossier_rollup_pending (xid) VALUES (pg_current_xact_id()) ON CONFLICT (xid) DO NOTHING;
  RETURN NULL;
END
$fn$;

-- At commit: the transaction's deltas summed per key and applied in one pass, tables in a fixed
-- order and keys in order; keys whose events cancel out are not touched (not even locked).
CREATE FUNCTION dossier_rollup_apply() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
DECLARE
  target text;
  keys text;
  counts constant text[] := ARRAY['received', 'received_online', 'synced', 'digitized', 'electronic',
                                  'resolved_early', 'resolved_on_time', 'resolved_late', 'due', 'due_closed'];
BEGIN
  DELETE FROM dossier_rollup_pending WHERE xid = NEW.xid;
  PERFORM dossier_rollup_delta_tables();
  FOREACH target IN ARRAY ARRAY['dossier_stat_day', 'dossier_stat_agency_month', 'dossier_stat_procedure_month', 'dossier_stat_official_month'] LOOP
    keys := dossier_rollup_keys(target);
    EXECUTE format(
      'INSERT INTO %1$I AS s (%2$s, %3$s)
       SELECT %2$s, %4$s FROM pg_temp.%5$I GROUP BY %2$s HAVING %6$s ORDER BY %2$s
       ON CONFLICT (%2$s) DO UPDATE SET %7$s',
      target, keys, array_to_string(counts, ', '),
      (SELECT string_agg(format('sum(%1$I)::int', c), ', ') FROM unnest(counts) c),
      target || '_delta',
      (SELECT string_agg(format('sum(%1$I) <> 0', c), ' OR ') FROM unnest(counts) c),
      (SELECT string_agg(format('%1$I = s.%1$I + excluded.%1$I', c), ', ') FROM unnest(counts) c));
    EXECUTE format('DELETE FROM pg_temp.%I', target || '_delta');
  END LOOP;
  RETURN NULL;
END
$fn$;

CREATE CONSTRAINT TRIGGER dossier_rollup_apply AFTER INSERT ON dossier_rollup_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dossier_rollup_apply();

-- ── A dossier moved to another agency leaves history ──
-- Row-level with a WHEN clause, so that an upsert of a million unmoved rows queues no trigger call at all.
CREATE FUNCTION dossier_record_agency_change() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO dossier_agency_change (dossier_id, from_agency_id, to_agency_id, import_run_id, api_token_id)
  VALUES (NEW.id, OLD.agency_id, NEW.agency_id, NEW.written_by_import_id, NEW.written_by_token_id);
  RETURN NULL;
END
$fn$;

CREATE TRIGGER dossier_agency_change AFTER UPDATE OF agency_id ON dossier
  FOR EACH ROW WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id) EXECUTE FUNCTION dossier_record_agency_change();
