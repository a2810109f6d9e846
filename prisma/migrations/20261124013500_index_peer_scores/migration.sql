-- CreateTable
CREATE TABLE "index_peer_score" (
    "id" SERIAL NOT NULL,
    "index_id" INTEGER NOT NULL,
    "province" VARCHAR(100) NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(10,4),
    "rank" INTEGER,
    "rank_of" INTEGER,
    "source" VARCHAR(500) NOT NULL,

    CONSTRAINT "index_peer_score_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "index_peer_score_index_id_province_year_key" ON "index_peer_score"("index_id", "province", "year");

-- AddForeignKey
ALTER TABLE "index_peer_score" ADD CONSTRAINT "index_peer_score_index_id_fkey" FOREIGN KEY ("index_id") REFERENCES "index_definition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: the same rules as index_score.
ALTER TABLE "index_peer_score"
  ADD CONSTRAINT "index_peer_score_score_check" CHECK ("score" IS NULL OR "score" >= 0),
  ADD CONSTRAINT "index_peer_score_rank_check"
    CHECK (("rank" IS NULL OR "rank" >= 1) AND ("rank_of" IS NULL OR "rank_of" >= 1)
      AND ("rank" IS NULL OR "rank_of" IS NULL OR "rank" <= "rank_of"));
