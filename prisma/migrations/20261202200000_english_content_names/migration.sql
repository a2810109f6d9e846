-- Issue 23: English names of content Home Affairs writes, beside the Vietnamese: a validation
-- rule's message and a ranking group's (khối) name. Optional: without one, English readers read
-- the Vietnamese.
ALTER TABLE "validation_rule" ADD COLUMN "message_en" VARCHAR(300);
ALTER TABLE "ranking_group" ADD COLUMN "name_en" VARCHAR(200);
