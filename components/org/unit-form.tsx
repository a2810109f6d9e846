"use client";
// A unit's form: a new unit (code, names, kind, level, parent, first day) or a correction of an
// existing one's code and names. Fields of lib/validations/reorganisations.ts.
import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { CreatedUnit, UpdatedUnit } from "@/lib/data/reorganisation-apply";
import type { AdminLevel, AgencyKind } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { buttonClass, DayField, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, submitWithoutReset } from "@/components/ui/form-fields";

type Option = { id: number; name: string };
type Unit = { id: number; code: string; name: string; shortName: string | null };

const KINDS: AgencyKind[] = ["DEPARTMENT", "COMMUNE", "DISTRICT", "OTHER"];
const LEVELS: AdminLevel[] = ["PROVINCE", "COMMUNE", "DISTRICT"];

export function NewUnitForm({ action, parents, today }: { action: ServerAction<CreatedUnit>; parents: Option[]; today: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<CreatedUnit> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  if (state?.ok) {
    return (
      <div className="mt-6 space-y-3">
        <FormStatus message={t("org.unit.created", { name: state.data.name })} />
        <Link href={`/agencies/${state.data.id}`} className="font-semibold text-brand-700 underline">{state.data.name}</Link>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="mt-6 max-w-xl space-y-4" noValidate>
      <FormAlert state={state} />
      <Field name="code" label={t("org.unit.field.code")} errors={errors}>{(aria) => <input {...aria} name="code" maxLength={32} className={inputClass} />}</Field>
      <Field name="name" label={t("org.unit.field.name")} errors={errors}>{(aria) => <input {...aria} name="name" maxLength={200} className={inputClass} />}</Field>
      <Field name="shortName" label={t("org.unit.field.shortName")} errors={errors}>{(aria) => <input {...aria} name="shortName" maxLength={80} className={inputClass} />}</Field>
      <Field name="kind" label={t("org.unit.field.kind")} errors={errors}>
        {(aria) => (
          <select {...aria} name="kind" defaultValue="COMMUNE" className={inputClass}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`agency.kind.${k}`)}</option>)}
          </select>
        )}
      </Field>
      <Field name="level" label={t("org.unit.field.level")} errors={errors}>
        {(aria) => (
          <select {...aria} name="level" defaultValue="COMMUNE" className={inputClass}>
            {LEVELS.map((l) => <option key={l} value={l}>{t(`org.unit.level.${l}`)}</option>)}
          </select>
        )}
      </Field>
      <Field name="parentId" label={t("org.unit.field.parent")} errors={errors}>
        {(aria) => (
          <select {...aria} name="parentId" defaultValue="" className={inputClass}>
            <option value="">{t("org.unit.field.parentNone")}</option>
            {parents.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        )}
      </Field>
      <DayField name="validFrom" label={t("org.unit.field.validFrom")} errors={errors} defaultValue={today} />
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{pending ? t("org.unit.pending") : t("org.unit.submitNew")}</button>
    </form>
  );
}

export function EditUnitForm({ action, unit }: { action: ServerAction<UpdatedUnit>; unit: Unit }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<UpdatedUnit> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="mt-6 max-w-xl space-y-4" noValidate>
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("org.unit.updated") : null} />
      <input type="hidden" name="agencyId" value={unit.id} />
      <Field name="code" label={t("org.unit.field.code")} errors={errors}>{(aria) => <input {...aria} name="code" maxLength={32} defaultValue={unit.code} className={inputClass} />}</Field>
      <Field name="name" label={t("org.unit.field.name")} errors={errors}>{(aria) => <input {...aria} name="name" maxLength={200} defaultValue={unit.name} className={inputClass} />}</Field>
      <Field name="shortName" label={t("org.unit.field.shortName")} errors={errors}>{(aria) => <input {...aria} name="shortName" maxLength={80} defaultValue={unit.shortName ?? ""} className={inputClass} />}</Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{pending ? t("org.unit.pending") : t("org.unit.submitEdit")}</button>
    </form>
  );
}
