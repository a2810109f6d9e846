-- Issue 21: the Decision 766 indicators Home Affairs enters per unit and period, and the province's
-- published score and rank. Additive: two new tables, nothing else changes.
CREATE TABLE "service_index_entry" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "period_key" VARCHAR(10) NOT NULL,
    "code" VARCHAR(8) NOT NULL,
    "numerator" INTEGER NOT NULL,
    "denominator" INTEGER NOT NULL,
    "source" VARCHAR(500) NOT NULL,
    "entered_by_id" INTEGER NOT NULL,
    "entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "service_index_entry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "service_index_published" (
    "id" SERIAL NOT NULL,
    "period_key" VARCHAR(10) NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "rank" INTEGER NOT NULL,
    "rank_of" INTEGER NOT NULL,
    "source" VARCHAR(500) NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "entered_by_id" INTEGER,
    "entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "service_index_published_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "service_index_entry_agency_id_period_key_code_key" ON "service_index_entry"("agency_id", "period_key", "code");
CREATE INDEX "service_index_entry_period_key_idx" ON "service_index_entry"("period_key");
CREATE UNIQUE INDEX "service_index_published_period_key_key" ON "service_index_published"("period_key");

ALTER TABLE "service_index_entry" ADD CONSTRAINT "service_index_entry_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "service_index_entry" ADD CONSTRAINT "service_index_entry_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "service_index_published" ADD CONSTRAINT "service_index_published_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- By hand (Prisma cannot express them): the fraction's range, a source, a published rank within its count.
ALTER TABLE "service_index_entry" ADD CONSTRAINT "service_index_entry_fraction" CHECK ("numerator" >= 0 AND "denominator" >= 0 AND "numerator" <= "denominator");
ALTER TABLE "service_index_entry" ADD CONSTRAINT "service_index_entry_source" CHECK (length(btrim("source")) > 0);
ALTER TABLE "service_index_published" ADD CONSTRAINT "service_index_published_values" CHECK ("score" >= 0 AND "score" <= 100 AND "rank" >= 1 AND "rank" <= "rank_of");
ALTER TABLE "service_index_published" ADD CONSTRAINT "service_index_published_source" CHECK (length(btrim("source")) > 0);
