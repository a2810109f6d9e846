-- Scheduled notifications, daily bundling and crashed-worker recovery (issue 22, part 2). Additive.

-- The ledger of rule crossings: a unit that crosses a rule in a period is notified once; the daily
-- run inserts here first (ON CONFLICT DO NOTHING) and notifies only the rows it inserted.
CREATE TABLE "notification_crossing" (
    "rule" VARCHAR(40) NOT NULL,
    "unit" VARCHAR(60) NOT NULL,
    "period" VARCHAR(20) NOT NULL,
    "value" DOUBLE PRECISION,
    "crossed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_crossing_pkey" PRIMARY KEY ("rule", "unit", "period")
);

-- How often a person's e-mail goes out: each notification at once, or one bundle a day. No row = at once.
CREATE TABLE "notification_delivery" (
    "user_id" INTEGER NOT NULL,
    "frequency" VARCHAR(10) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "notification_delivery_pkey" PRIMARY KEY ("user_id")
);
ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The job workers alive (lib/db/queue.ts): each beats every few seconds; one silent for longer than
-- the stale limit died, and graphile_worker.force_unlock_workers hands its jobs to the others.
CREATE TABLE "job_worker" (
    "worker_id" VARCHAR(64) NOT NULL,
    "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "job_worker_pkey" PRIMARY KEY ("worker_id")
);

-- by hand: Prisma cannot express a CHECK
ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_frequency_check" CHECK ("frequency" IN ('immediate', 'daily'));
