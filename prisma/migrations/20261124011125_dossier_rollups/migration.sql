-- CreateTable
CREATE TABLE "dossier_stat_day" (
    "agency_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "received_online" INTEGER NOT NULL DEFAULT 0,
    "synced" INTEGER NOT NULL DEFAULT 0,
    "digitized" INTEGER NOT NULL DEFAULT 0,
    "electronic" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "due" INTEGER NOT NULL DEFAULT 0,
    "due_closed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dossier_stat_day_pkey" PRIMARY KEY ("agency_id","day")
);

-- CreateTable
CREATE TABLE "dossier_stat_agency_month" (
    "agency_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "channel" "Channel" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "received_online" INTEGER NOT NULL DEFAULT 0,
    "synced" INTEGER NOT NULL DEFAULT 0,
    "digitized" INTEGER NOT NULL DEFAULT 0,
    "electronic" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "due" INTEGER NOT NULL DEFAULT 0,
    "due_closed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dossier_stat_agency_month_pkey" PRIMARY KEY ("agency_id","month","channel")
);

-- CreateTable
CREATE TABLE "dossier_stat_procedure_month" (
    "agency_id" INTEGER NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "channel" "Channel" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "received_online" INTEGER NOT NULL DEFAULT 0,
    "synced" INTEGER NOT NULL DEFAULT 0,
    "digitized" INTEGER NOT NULL DEFAULT 0,
    "electronic" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "due" INTEGER NOT NULL DEFAULT 0,
    "due_closed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dossier_stat_procedure_month_pkey" PRIMARY KEY ("agency_id","procedure_id","month","channel")
);

-- CreateTable
CREATE TABLE "dossier_stat_official_month" (
    "agency_id" INTEGER NOT NULL,
    "official_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "channel" "Channel" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "received_online" INTEGER NOT NULL DEFAULT 0,
    "synced" INTEGER NOT NULL DEFAULT 0,
    "digitized" INTEGER NOT NULL DEFAULT 0,
    "electronic" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "due" INTEGER NOT NULL DEFAULT 0,
    "due_closed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dossier_stat_official_month_pkey" PRIMARY KEY ("agency_id","official_id","month","channel")
);

-- CreateIndex
CREATE INDEX "dossier_stat_day_day_idx" ON "dossier_stat_day"("day");

-- CreateIndex
CREATE INDEX "dossier_stat_procedure_month_procedure_id_month_idx" ON "dossier_stat_procedure_month"("procedure_id", "month");

-- ───────────── hand-written: keeping the rollups current (DESIGN §7) ─────────────
-- Every statement that inserts, updates or deletes dossiers (COPY included) adds each new row's
-- events and subtracts each old row's, in the same transaction, through statement-level triggers
-- with transition tables. Rows are upserted in key order so that concurrent writers lock rollup
-- rows in the same order. `dossier_rollup_rebuild()` recomputes everything from the raw table
-- with the same statements.

-- The calendar day in Việt Nam. UTC+7 all year since 1975, so a fixed offset: five times faster
-- than the zone name's lookup, which matters when millions of rows are rolled up.
CREATE FUNCTION cchc_local_day(ts timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (ts AT TIME ZONE INTERVAL '+07:00')::date $$;

-- The upsert of one rollup table from `source`, a query yielding (sign, dossier columns…): +1 for
-- rows to add, −1 for rows to take away. Each kind of event is one plain GROUP BY over the
-- changed rows (received on its day, resolved on its day, falling due, due closed), and the four
-- are summed per rollup key; with `fresh` (an empty table) the rows are inserted without the
-- conflict check.
CREATE FUNCTION dossier_rollup_statement(target text, source text, fresh boolean DEFAULT false) RETURNS text
  LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  keys text;      -- the table's key columns
  key_of text;    -- the key as an expression of an event day {d}
  positions text; -- GROUP BY positions of the key
  filter text := 'true';
BEGIN
  CASE target
    WHEN 'dossier_stat_day' THEN
      keys := 'agency_id, day'; key_of := 'agency_id, {d}'; positions := '1, 2';
    WHEN 'dossier_stat_agency_month' THEN
      keys := 'agency_id, month, channel'; key_of := 'agency_id, date_trunc(''month'', {d})::date, channel';
      positions := '1, 2, 3';
    WHEN 'dossier_stat_procedure_month' THEN
      keys := 'agency_id, procedure_id, month, channel';
      key_of := 'agency_id, procedure_id, date_trunc(''month'', {d})::date, channel'; positions := '1, 2, 3, 4';
    WHEN 'dossier_stat_official_month' THEN
      keys := 'agency_id, official_id, month, channel';
      key_of := 'agency_id, official_id, date_trunc(''month'', {d})::date, channel'; positions := '1, 2, 3, 4';
      filter := 'x.handling_official_id IS NOT NULL';
    ELSE
      RAISE EXCEPTION 'unknown rollup table %', target;
  END CASE;
  RETURN format($sql$
    WITH c AS MATERIALIZED (
      SELECT x.sign, x.agency_id, x.procedure_id, x.handling_official_id AS official_id, x.channel,
             x.synced_to_national_portal AS is_synced, x.digitized AS is_digitized,
             x.has_electronic_result AS is_electronic,
             cchc_local_day(x.received_at) AS rd, cchc_local_day(x.due_at) AS dd,
             cchc_local_day(x.resolved_at) AS sd
      FROM (%3$s) x
      WHERE %4$s
    ), e (%1$s, received, received_online, synced, digitized, electronic,
          resolved_early, resolved_on_time, resolved_late, due, due_closed) AS (
      SELECT %5$s, sum(sign)::int, coalesce(sum(sign) FILTER (WHERE channel = 'ONLINE'), 0)::int, coalesce(sum(sign) FILTER (WHERE is_synced), 0)::int,
             coalesce(sum(sign) FILTER (WHERE is_digitized), 0)::int, coalesce(sum(sign) FILTER (WHERE is_electronic), 0)::int, 0, 0, 0, 0, 0
      FROM c GROUP BY %9$s
      UNION ALL
      SELECT %6$s, 0, 0, 0, 0, 0, coalesce(sum(sign) FILTER (WHERE sd < dd), 0)::int, coalesce(sum(sign) FILTER (WHERE sd = dd), 0)::int,
             coalesce(sum(sign) FILTER (WHERE sd > dd), 0)::int, 0, 0
      FROM c WHERE sd IS NOT NULL GROUP BY %9$s
      UNION ALL
      SELECT %7$s, 0, 0, 0, 0, 0, 0, 0, 0, sum(sign)::int, 0
      FROM c GROUP BY %9$s
      UNION ALL
      SELECT %8$s, 0, 0, 0, 0, 0, 0, 0, 0, 0, sum(sign)::int
      FROM c WHERE sd IS NOT NULL GROUP BY %9$s
    )
    INSERT INTO %2$I AS s (%1$s, received, received_online, synced, digitized, electronic,
                           resolved_early, resolved_on_time, resolved_late, due, due_closed)
    SELECT %1$s, sum(received), sum(received_online), sum(synced), sum(digitized), sum(electronic),
           sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(due), sum(due_closed)
    FROM e
    GROUP BY %1$s
    HAVING sum(abs(received) + abs(received_online) + abs(synced) + abs(digitized) + abs(electronic)
               + abs(resolved_early) + abs(resolved_on_time) + abs(resolved_late) + abs(due) + abs(due_closed)) <> 0
    ORDER BY %1$s
  $sql$, keys, target, source, filter,
    replace(key_of, '{d}', 'rd'), replace(key_of, '{d}', 'sd'), replace(key_of, '{d}', 'dd'),
    replace(key_of, '{d}', 'greatest(dd, sd)'), positions)
  || CASE WHEN fresh THEN '' ELSE format($sql$
    ON CONFLICT (%1$s) DO UPDATE SET
      received = s.received + excluded.received,
      received_online = s.received_online + excluded.received_online,
      synced = s.synced + excluded.synced,
      digitized = s.digitized + excluded.digitized,
      electronic = s.electronic + excluded.electronic,
      resolved_early = s.resolved_early + excluded.resolved_early,
      resolved_on_time = s.resolved_on_time + excluded.resolved_on_time,
      resolved_late = s.resolved_late + excluded.resolved_late,
      due = s.due + excluded.due,
      due_closed = s.due_closed + excluded.due_closed
  $sql$, keys) END;
END
$fn$;

-- Transition tables are visible only inside the trigger function itself (not in functions it
-- calls), so the statements are built as text and executed here.
CREATE FUNCTION dossier_rollup_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
DECLARE
  source text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    source := 'SELECT 1 AS sign, * FROM dossier_new';
  ELSIF TG_OP = 'DELETE' THEN
    source := 'SELECT -1 AS sign, * FROM dossier_old';
  ELSE
    source := 'SELECT 1 AS sign, * FROM dossier_new UNION ALL SELECT -1 AS sign, * FROM dossier_old';
  END IF;
  EXECUTE dossier_rollup_statement('dossier_stat_day', source);
  EXECUTE dossier_rollup_statement('dossier_stat_agency_month', source);
  EXECUTE dossier_rollup_statement('dossier_stat_procedure_month', source);
  EXECUTE dossier_rollup_statement('dossier_stat_official_month', source);
  RETURN NULL;
END
$fn$;

CREATE TRIGGER dossier_rollup_insert AFTER INSERT ON dossier
  REFERENCING NEW TABLE AS dossier_new FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_trigger();
CREATE TRIGGER dossier_rollup_update AFTER UPDATE ON dossier
  REFERENCING NEW TABLE AS dossier_new OLD TABLE AS dossier_old FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_trigger();
CREATE TRIGGER dossier_rollup_delete AFTER DELETE ON dossier
  REFERENCING OLD TABLE AS dossier_old FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_trigger();

-- Recompute every rollup from the raw table (after a bulk load with the triggers off, or to repair).
-- The month-by-agency table is the procedure table summed over procedures: one pass fewer over
-- the raw rows, and the same figures by construction of the sums.
CREATE FUNCTION dossier_rollup_rebuild() RETURNS void
  LANGUAGE plpgsql AS $fn$
DECLARE
  source constant text := 'SELECT 1 AS sign, * FROM dossier';
BEGIN
  SET LOCAL work_mem = '256MB';
  TRUNCATE dossier_stat_day, dossier_stat_agency_month, dossier_stat_procedure_month, dossier_stat_official_month;
  EXECUTE dossier_rollup_statement('dossier_stat_day', source, true);
  EXECUTE dossier_rollup_statement('dossier_stat_procedure_month', source, true);
  EXECUTE dossier_rollup_statement('dossier_stat_official_month', source, true);
  INSERT INTO dossier_stat_agency_month (agency_id, month, channel, received, received_online, synced, digitized,
                                         electronic, resolved_early, resolved_on_time, resolved_late, due, due_closed)
  SELECT agency_id, month, channel, sum(received), sum(received_online), sum(synced), sum(digitized),
         sum(electronic), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(due), sum(due_closed)
  FROM dossier_stat_procedure_month
  GROUP BY agency_id, month, channel;
END
$fn$;
