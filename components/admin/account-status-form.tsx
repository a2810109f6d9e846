"use client";
// Deactivate or reactivate an account: one button, whose action depends on the current state.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ActiveChange } from "@/app/(app)/admin/users/actions";
import { useTranslations } from "next-intl";
import { FormAlert, FormStatus, secondaryButtonClass } from "@/components/ui/form-fields";

type Props = {
  userId: number;
  active: boolean;
  deactivate: ServerAction<ActiveChange>;
  reactivate: ServerAction<ActiveChange>;
};

export function AccountStatusForm({ userId, active, deactivate, reactivate }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<ActiveChange> | undefined, FormData>(
    active ? deactivate : reactivate,
    undefined,
  );
  const done = state?.ok ? t(state.data.active ? "users.status.reactivated" : "users.status.deactivated") : null;

  return (
    <form action={formAction} className="space-y-3">
      <FormAlert state={state} />
      <FormStatus message={done} />
      <p className="text-sm text-foreground">{t(active ? "users.status.activeBody" : "users.status.inactiveBody")}</p>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
        {pending ? t("users.status.pending") : t(active ? "users.status.deactivate" : "users.status.reactivate")}
      </button>
    </form>
  );
}
