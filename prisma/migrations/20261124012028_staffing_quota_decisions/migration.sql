-- CreateTable
CREATE TABLE "quota_decision" (
    "id" SERIAL NOT NULL,
    "number" VARCHAR(60) NOT NULL,
    "decided_on" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quota_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quota_decision_line" (
    "id" SERIAL NOT NULL,
    "decision_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "category" "StaffCategory" NOT NULL,
    "quota" INTEGER NOT NULL,

    CONSTRAINT "quota_decision_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "quota_decision_number_key" ON "quota_decision"("number");

-- CreateIndex
CREATE INDEX "quota_decision_decided_on_id_idx" ON "quota_decision"("decided_on", "id");

-- CreateIndex
CREATE INDEX "quota_decision_line_agency_id_idx" ON "quota_decision_line"("agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "quota_decision_line_decision_id_agency_id_category_key" ON "quota_decision_line"("decision_id", "agency_id", "category");

-- AddForeignKey
ALTER TABLE "quota_decision_line" ADD CONSTRAINT "quota_decision_line_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "quota_decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quota_decision_line" ADD CONSTRAINT "quota_decision_line_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: constraints Prisma cannot express.
ALTER TABLE "quota_decision"
  ADD CONSTRAINT "quota_decision_year_check" CHECK ("year" BETWEEN 2000 AND 2100),
  ADD CONSTRAINT "quota_decision_number_check" CHECK (btrim("number") <> '');

ALTER TABLE "quota_decision_line"
  ADD CONSTRAINT "quota_decision_line_quota_check" CHECK ("quota" >= 0);

-- Quota decisions are history in the order (decided_on, id): a decision, and its lines, cannot
-- change once a later decision exists, and no decision may be dated before the latest one.
CREATE FUNCTION "quota_decision_superseded"(decision integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM "quota_decision" d JOIN "quota_decision" later
      ON (later."decided_on", later."id") > (d."decided_on", d."id")
    WHERE d."id" = decision)
$$;

CREATE FUNCTION "check_quota_decision_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND "quota_decision_superseded"(OLD."id") THEN
    RAISE EXCEPTION 'quota decision % has a later decision and cannot be changed', OLD."number" USING ERRCODE = '23514';
  END IF;
  IF EXISTS (SELECT 1 FROM "quota_decision" WHERE "id" <> NEW."id" AND "decided_on" > NEW."decided_on") THEN
    RAISE EXCEPTION 'quota decision % is dated before a recorded decision', NEW."number" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "quota_decision_order" BEFORE INSERT OR UPDATE ON "quota_decision"
  FOR EACH ROW EXECUTE FUNCTION "check_quota_decision_order"();

CREATE FUNCTION "check_quota_decision_line_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND "quota_decision_superseded"(OLD."decision_id"))
     OR (TG_OP <> 'DELETE' AND "quota_decision_superseded"(NEW."decision_id")) THEN
    RAISE EXCEPTION 'the lines of a quota decision with a later decision cannot be changed' USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "quota_decision_line_change" BEFORE INSERT OR UPDATE OR DELETE ON "quota_decision_line"
  FOR EACH ROW EXECUTE FUNCTION "check_quota_decision_line_change"();
