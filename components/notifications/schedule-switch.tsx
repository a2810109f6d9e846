"use client";
// Pause or resume one scheduled task. Its messages: the "jobs" namespace (the page's IntlClient).
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import { useTranslations } from "next-intl";
import type { ScheduledTask } from "@/lib/jobs/schedules";
import { FormAlert, secondaryButtonClass } from "@/components/ui/form-fields";

type Result = { task: ScheduledTask; paused: boolean };

export function ScheduleSwitch({ action, task, paused }: { action: ServerAction<Result>; task: ScheduledTask; paused: boolean }) {
  const t = useTranslations("jobs");
  const [state, formAction, pending] = useActionState<ActionResult<Result> | undefined, FormData>(action, undefined);
  return (
    <form action={formAction}>
      {state && !state.ok ? <FormAlert state={state} /> : null}
      <input type="hidden" name="task" value={task} />
      <input type="hidden" name="paused" value={paused ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-busy={pending} className={`${secondaryButtonClass} text-sm`} data-testid={`schedule-${task}`}>
        {t(paused ? "resume" : "pause")}
      </button>
    </form>
  );
}
