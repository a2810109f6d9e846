"use client";
// Password reset: the temporary password comes back in the action's answer and is shown here once.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { PasswordReset } from "@/app/(app)/admin/users/actions";
import { useTranslations } from "next-intl";
import { FormAlert, secondaryButtonClass } from "@/components/ui/form-fields";
import { TemporaryPassword } from "./temporary-password";

type Props = { action: ServerAction<PasswordReset>; userId: number };

export function ResetPasswordForm({ action, userId }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<PasswordReset> | undefined, FormData>(action, undefined);

  return (
    <form action={formAction} className="space-y-3">
      <FormAlert state={state} />
      <p className="text-sm text-foreground">{t("users.reset.body")}</p>
      <div role="status">{state?.ok ? <TemporaryPassword password={state.data.temporaryPassword} /> : null}</div>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
        {pending ? t("users.reset.pending") : t("users.reset.submit")}
      </button>
    </form>
  );
}
