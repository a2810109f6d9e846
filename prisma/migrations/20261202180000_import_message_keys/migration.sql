-- issue 23: a run's message as a catalogue key with its arguments, worded when read in the reader's
-- language. Additive: `message` keeps its Vietnamese words; runs stored before this have only those
-- and are shown as they are.
ALTER TABLE "import_run" ADD COLUMN "message_key" VARCHAR(80),
ADD COLUMN "message_values" JSONB;
