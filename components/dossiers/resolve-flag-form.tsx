"use client";
// Resolve an open inspection flag, with an optional note on how.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ResolvedFlag } from "@/lib/data/inspection-flags";
import { useTranslations } from "next-intl";
import { NOTE_MAX_LENGTH } from "@/lib/validations/dossiers";
import { FormAlert, secondaryButtonClass } from "@/components/ui/form-fields";

export function ResolveFlagForm({ flagId, resolve }: { flagId: number; resolve: ServerAction<ResolvedFlag> }) {
  const t = useTranslations("flags");
  const [state, formAction, pending] = useActionState<ActionResult<ResolvedFlag> | undefined, FormData>(resolve, undefined);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-label={t("resolveLabel", { id: String(flagId) })}>
      <FormAlert state={state} />
      <input type="hidden" name="flagId" value={flagId} />
      <label className="text-sm">
        <span className="sr-only">{t("resolutionNote")}</span>
        <input
          name="resolutionNote"
          maxLength={NOTE_MAX_LENGTH}
          placeholder={t("resolutionNote")}
          className="rounded-md border border-border bg-surface px-2 py-1 text-sm"
        />
      </label>
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
        {pending ? t("pending") : t("resolve")}
      </button>
    </form>
  );
}
