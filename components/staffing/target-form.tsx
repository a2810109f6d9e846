"use client";
// A province target kept as data (DESIGN §5.4): code, category, baseline and target year, value
// and unit (a percent cut of the baseline, or a count), description and source.
import { useActionState } from "react";
import type { StaffCategory } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedTarget } from "@/app/(app)/staffing/actions";
import { CATEGORIES, TARGET_UNITS } from "@/lib/validations/staffing";
import { useTranslations } from "next-intl";
import { buttonClass, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, submitWithoutReset } from "@/components/ui/form-fields";

export type TargetValues = {
  targetId?: number;
  code: string;
  category: StaffCategory | null;
  baselineYear: number | null;
  targetYear: number;
  value: number | null;
  unit: string;
  description: string;
  source: string | null;
};

type Props = { action: ServerAction<SavedTarget>; initial: TargetValues; submitLabel: string; idPrefix: string };

export function TargetForm({ action, initial, submitLabel, idPrefix }: Props) {
  const t = useTranslations("staffing");
  const [state, formAction, pending] = useActionState<ActionResult<SavedTarget> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  // Field ids must be unique on a page that holds one form per target.
  const prefixed = Object.fromEntries(Object.entries(errors).map(([name, messages]) => [`${idPrefix}-${name}`, messages]));
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4" noValidate data-testid={`target-form-${idPrefix}`}>
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("targets.saved", { code: state.data.code }) : null} />
      {initial.targetId !== undefined ? <input type="hidden" name="targetId" value={initial.targetId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name={id("code")} label={t("targets.code")} errors={prefixed}>
          {(aria) => <input {...aria} name="code" defaultValue={initial.code} maxLength={64} className={inputClass} autoComplete="off" />}
        </Field>
        <Field name={id("category")} label={t("col.category")} errors={prefixed}>
          {(aria) => (
            <select {...aria} name="category" defaultValue={initial.category ?? ""} className={inputClass}>
              <option value="">{t("targets.noCategory")}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>{t(`category.${c}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field name={id("unit")} label={t("targets.unitLabel")} errors={prefixed}>
          {(aria) => (
            <select {...aria} name="unit" defaultValue={initial.unit} className={inputClass}>
              {TARGET_UNITS.map((u) => (
                <option key={u} value={u}>{t(`targets.unit.${u}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field name={id("baselineYear")} label={t("targets.baselineYear")} errors={prefixed}>
          {(aria) => <input {...aria} name="baselineYear" type="number" min={2000} max={2100} defaultValue={initial.baselineYear ?? ""} className={inputClass} />}
        </Field>
        <Field name={id("targetYear")} label={t("targets.targetYear")} errors={prefixed}>
          {(aria) => <input {...aria} name="targetYear" type="number" min={2000} max={2100} defaultValue={initial.targetYear} className={inputClass} />}
        </Field>
        <Field name={id("value")} label={t("targets.value")} errors={prefixed}>
          {(aria) => <input {...aria} name="value" type="number" min={0} step="any" defaultValue={initial.value ?? ""} className={inputClass} />}
        </Field>
      </div>
      <Field name={id("description")} label={t("targets.description")} errors={prefixed}>
        {(aria) => <input {...aria} name="description" defaultValue={initial.description} maxLength={500} className={inputClass} />}
      </Field>
      <Field name={id("source")} label={t("targets.source")} errors={prefixed}>
        {(aria) => <input {...aria} name="source" defaultValue={initial.source ?? ""} maxLength={300} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("targets.pending") : submitLabel}
      </button>
    </form>
  );
}
