"use client";
// Which kinds of notification also come by e-mail: one checkbox per kind.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import { useTranslations } from "next-intl";
import { DELIVERY_FREQUENCIES, NOTIFICATION_KINDS, type DeliveryFrequency, type NotificationKind } from "@/lib/notifications/kinds";
import { FormAlert, FormStatus, SubmitButton } from "@/components/ui/form-fields";

type Props = { action: ServerAction<{ off: NotificationKind[] }>; email: Record<NotificationKind, boolean>; frequency: DeliveryFrequency };

export function PreferencesForm({ action, email, frequency }: Props) {
  const t = useTranslations("notifications");
  const [state, formAction, pending] = useActionState<ActionResult<{ off: NotificationKind[] }> | undefined, FormData>(action, undefined);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="form" value="preferences" />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("prefs.saved") : null} />
      <fieldset className="space-y-2 rounded-md border border-border bg-surface p-4">
        <legend className="px-1 font-semibold">{t("prefs.email")}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-3 text-sm">
            <input type="checkbox" name={`email:${kind}`} defaultChecked={email[kind]} className="size-4" data-testid={`pref-${kind}`} />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2 rounded-md border border-border bg-surface p-4">
        <legend className="px-1 font-semibold">{t("prefs.frequencyLabel")}</legend>
        {DELIVERY_FREQUENCIES.map((value) => (
          <label key={value} className="flex items-center gap-3 text-sm">
            <input type="radio" name="frequency" value={value} defaultChecked={frequency === value} className="size-4" data-testid={`frequency-${value}`} />
            {t(`prefs.frequency.${value}`)}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={pending} label={t("prefs.save")} />
    </form>
  );
}
