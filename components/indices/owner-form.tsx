"use client";
// Assign a component to an agency as lead or coordinating agency; remove an assignment.
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { OwnerChange } from "@/app/(app)/indices/actions";
import { useTranslations } from "next-intl";
import { buttonClass, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, secondaryButtonClass, submitWithoutReset } from "@/components/ui/form-fields";

type Option = { id: number; name: string };

export function OwnerForm(props: { action: ServerAction<OwnerChange>; components: Option[]; agencies: Option[] }) {
  const t = useTranslations("indices");
  const [state, formAction, pending] = useActionState<ActionResult<OwnerChange> | undefined, FormData>(props.action, undefined);
  const [values, setValues] = useState({ componentId: "", agencyId: "", role: "LEAD" });
  const errors = fieldErrorsOf(state);
  const select = (name: keyof typeof values, options: { value: string; label: string }[]) =>
    function Select(aria: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) {
      return (
        <select
          {...aria}
          name={name}
          value={values[name]}
          onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
          className={inputClass}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      );
    };
  const blank = { value: "", label: "—" };
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-4" noValidate data-testid="owner-form">
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("owners.done") : null} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="componentId" label={t("field.component")} errors={errors}>
          {select("componentId", [blank, ...props.components.map((c) => ({ value: String(c.id), label: c.name }))])}
        </Field>
        <Field name="agencyId" label={t("field.agency")} errors={errors}>
          {select("agencyId", [blank, ...props.agencies.map((a) => ({ value: String(a.id), label: a.name }))])}
        </Field>
        <Field name="role" label={t("field.role")} errors={errors}>
          {select("role", [
            { value: "LEAD", label: t("role.LEAD") },
            { value: "COORDINATE", label: t("role.COORDINATE") },
          ])}
        </Field>
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {t("owners.submit")}
      </button>
    </form>
  );
}

export function RemoveOwnerButton(props: { action: ServerAction<OwnerChange>; componentId: number; agencyId: number; label: string }) {
  const t = useTranslations("indices");
  const [state, formAction, pending] = useActionState<ActionResult<OwnerChange> | undefined, FormData>(props.action, undefined);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="componentId" value={props.componentId} />
      <input type="hidden" name="agencyId" value={props.agencyId} />
      <button type="submit" disabled={pending} aria-label={props.label} className={`${secondaryButtonClass} px-2 py-0.5 text-sm`}>
        {t("owners.remove")}
      </button>
      {state && !state.ok ? <span role="alert" className="ml-2 text-sm text-accent-700">{state.message}</span> : null}
    </form>
  );
}
