"use client";
// Switch the public page on or off: one button, whose action depends on the current state.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { PublicPageChange } from "@/app/(app)/admin/settings/actions";
import { useTranslations } from "next-intl";
import { FormAlert, FormStatus, secondaryButtonClass } from "@/components/ui/form-fields";

export function PublicPageForm({ enabled, save }: { enabled: boolean; save: ServerAction<PublicPageChange> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<PublicPageChange> | undefined, FormData>(save, undefined);
  const now = state?.ok ? state.data.enabled : enabled;
  return (
    <form action={formAction} className="space-y-3" data-testid="public-page-form">
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("settings.publicPage.saved") : null} />
      <p data-testid="public-page-state">{t(now ? "settings.publicPage.on" : "settings.publicPage.off")}</p>
      <input type="hidden" name="enabled" value={now ? "off" : "on"} />
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
        {t(now ? "settings.publicPage.turnOff" : "settings.publicPage.turnOn")}
      </button>
    </form>
  );
}
