"use server";
// Admin pauses or resumes a scheduled task (issue 22); the task checks the switch at each tick.
import { action } from "@/lib/auth/action";
import { setSchedulePaused } from "@/lib/data/jobs";
import { scheduleSchema } from "@/lib/validations/notifications";

export const setSchedule = action(
  {
    permission: "settings.manage",
    schema: scheduleSchema,
    audit: { event: "JOB_SCHEDULE_SET", entityId: (input) => input.task, details: (_input, result: { paused: boolean }) => ({ paused: result.paused }) },
    revalidate: () => ["/admin/jobs"],
  },
  (input, { tx, viewer }) => setSchedulePaused(tx, viewer, input),
);
