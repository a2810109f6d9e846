"use client";
// A component's maximum and weight, and whether they are confirmed: data, not constants.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { MethodChange } from "@/app/(app)/indices/actions";
import { useTranslations } from "next-intl";
import { fieldErrorsOf, inputClass, secondaryButtonClass, submitWithoutReset } from "@/components/ui/form-fields";

type Props = { action: ServerAction<MethodChange>; componentId: number; name: string; maxScore: string; weight: string; confirmed: boolean };

export function ComponentMethodForm({ action, componentId, name, maxScore, weight, confirmed }: Props) {
  const t = useTranslations("indices");
  const [state, formAction, pending] = useActionState<ActionResult<MethodChange> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const id = (field: string) => `method-${componentId}-${field}`;
  const message = state ? (state.ok ? t("method.done") : [state.message, ...Object.values(errors).flat()].join(" ")) : "";
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="flex flex-wrap items-end gap-3 py-2" noValidate>
      <input type="hidden" name="componentId" value={componentId} />
      <span className="min-w-64 flex-1 font-medium">{name}</span>
      <label className="text-sm" htmlFor={id("max")}>
        {t("field.maxScore")}
        <input id={id("max")} name="maxScore" defaultValue={maxScore} inputMode="decimal" className={`${inputClass} w-24`} aria-invalid={errors.maxScore ? true : undefined} />
      </label>
      <label className="text-sm" htmlFor={id("weight")}>
        {t("field.weight")}
        <input id={id("weight")} name="weight" defaultValue={weight} inputMode="decimal" className={`${inputClass} w-24`} aria-invalid={errors.weight ? true : undefined} />
      </label>
      <label className="flex items-center gap-2 text-sm" htmlFor={id("confirmed")}>
        <input id={id("confirmed")} type="checkbox" name="confirmed" defaultChecked={confirmed} />
        {t("field.confirmed")}
      </label>
      <button type="submit" disabled={pending} aria-label={t("method.submitLabel", { component: name })} className={secondaryButtonClass}>
        {t("method.submit")}
      </button>
      <span role={state && !state.ok ? "alert" : "status"} className={state && !state.ok ? "text-sm text-accent-700" : "text-sm text-muted"}>
        {message}
      </span>
    </form>
  );
}
