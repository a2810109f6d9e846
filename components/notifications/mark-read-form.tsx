"use client";
// "Mark as read" for one notification (with `id`) or all of them.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import { useTranslations } from "next-intl";
import { FormAlert, secondaryButtonClass } from "@/components/ui/form-fields";

export function MarkReadForm({ action, id }: { action: ServerAction<{ marked: number }>; id?: number }) {
  const t = useTranslations("notifications");
  const [state, formAction, pending] = useActionState<ActionResult<{ marked: number }> | undefined, FormData>(action, undefined);
  return (
    <form action={formAction} className="inline">
      {state && !state.ok ? <FormAlert state={state} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : <input type="hidden" name="all" value="1" />}
      <button type="submit" disabled={pending} aria-busy={pending} className={`${secondaryButtonClass} text-sm`}>
        {t(id ? "markRead" : "markAllRead")}
      </button>
    </form>
  );
}
