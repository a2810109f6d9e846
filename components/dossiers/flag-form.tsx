"use client";
// Flag an agency, an official or a dossier for inspection with a note (inspectors only; the
// server action checks that again).
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedFlag } from "@/lib/data/inspection-flags";
import type { InspectionTarget } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { NOTE_MAX_LENGTH } from "@/lib/validations/dossiers";
import { Field, FormAlert, FormStatus, buttonClass, fieldErrorsOf, inputClass, submitWithoutReset } from "@/components/ui/form-fields";

type Props = { target: InspectionTarget; targetId: number; create: ServerAction<SavedFlag> };

export function FlagForm({ target, targetId, create }: Props) {
  const t = useTranslations("flags");
  const [state, formAction, pending] = useActionState<ActionResult<SavedFlag> | undefined, FormData>(create, undefined);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-xl space-y-3" aria-label={t("formLabel")}>
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("created") : null} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <Field name="note" label={t("note")} hint={t("noteHint")} errors={errors}>
        {(aria) => <textarea {...aria} name="note" rows={3} maxLength={NOTE_MAX_LENGTH} required className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
