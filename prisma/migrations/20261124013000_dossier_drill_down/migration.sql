-- CreateEnum
CREATE TYPE "InspectionTarget" AS ENUM ('AGENCY', 'OFFICIAL', 'DOSSIER');

-- CreateEnum
CREATE TYPE "InspectionFlagStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "inspection_flag" (
    "id" SERIAL NOT NULL,
    "target" "InspectionTarget" NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "official_id" INTEGER,
    "dossier_id" INTEGER,
    "note" VARCHAR(2000) NOT NULL,
    "status" "InspectionFlagStatus" NOT NULL DEFAULT 'OPEN',
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_by_id" INTEGER,
    "resolved_at" TIMESTAMPTZ(3),
    "resolution_note" VARCHAR(2000),

    CONSTRAINT "inspection_flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inspection_flag_status_created_at_idx" ON "inspection_flag"("status", "created_at");

-- CreateIndex
CREATE INDEX "inspection_flag_agency_id_idx" ON "inspection_flag"("agency_id");

-- CreateIndex
CREATE INDEX "inspection_flag_dossier_id_idx" ON "inspection_flag"("dossier_id");

-- CreateIndex
CREATE INDEX "inspection_flag_official_id_idx" ON "inspection_flag"("official_id");

-- AddForeignKey
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_official_id_fkey" FOREIGN KEY ("official_id") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───────────── hand-written (issue 5: drill-down, compliance lists, inspection flags) ─────────────

-- A flag names exactly its target: an agency alone, an official, or a dossier.
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_target_check" CHECK (
  (target = 'AGENCY' AND official_id IS NULL AND dossier_id IS NULL)
  OR (target = 'OFFICIAL' AND official_id IS NOT NULL AND dossier_id IS NULL)
  OR (target = 'DOSSIER' AND dossier_id IS NOT NULL)
);
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_note_check" CHECK (length(btrim(note)) > 0);
-- resolved flags say who and when; open ones say neither
ALTER TABLE "inspection_flag" ADD CONSTRAINT "inspection_flag_resolution_check" CHECK (
  (status = 'OPEN' AND resolved_at IS NULL AND resolved_by_id IS NULL)
  OR (status = 'RESOLVED' AND resolved_at IS NOT NULL AND resolved_by_id IS NOT NULL)
);

-- Compliance lists page by (received_at, id) over the few dossiers they concern.
-- Late or still unresolved without an apology letter (unresolved ones are overdue once their due
-- day is before the as-of day, a condition the query adds).
CREATE INDEX "dossier_no_apology_idx" ON "dossier" ("received_at", "id")
  WHERE apology_issued_at IS NULL
    AND (resolved_at IS NULL OR cchc_local_day(resolved_at) > cchc_local_day(due_at));
-- Rescheduled more than once.
CREATE INDEX "dossier_rescheduled_idx" ON "dossier" ("received_at", "id") WHERE reschedule_count > 1;
