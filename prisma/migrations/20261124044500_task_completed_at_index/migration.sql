-- CreateIndex
CREATE INDEX "task_completed_at_idx" ON "task"("completed_at");
