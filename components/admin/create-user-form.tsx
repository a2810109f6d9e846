"use client";
// New account: the fields of lib/validations/users.ts; on success the one-time password is shown
// here, once, with a link to the account.
import Link from "next/link";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { CreatedUser } from "@/app/(app)/admin/users/actions";
import { EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH, USERNAME_MAX_LENGTH } from "@/lib/validations/users";
import { useTranslations } from "next-intl";
import { buttonClass, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, submitWithoutReset } from "@/components/ui/form-fields";
import { RoleAgencyFields, type AgencyOption, type RoleOption } from "./role-agency-fields";
import { TemporaryPassword } from "./temporary-password";

type Props = { action: ServerAction<CreatedUser>; roles: RoleOption[]; agencies: AgencyOption[] };

export function CreateUserForm({ action, roles, agencies }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<CreatedUser> | undefined, FormData>(action, undefined);
  const [values, setValues] = useState({ username: "", fullName: "", email: "" });
  const errors = fieldErrorsOf(state);
  const created = state?.ok ? state.data : null;

  if (created) {
    return (
      <div className="mt-6 space-y-4">
        <FormStatus message={t("users.new.done", { username: created.username })} />
        <TemporaryPassword password={created.temporaryPassword} />
        <Link href={`/admin/users/${created.id}`} className="inline-block font-semibold text-brand-700 underline">
          {t("users.new.openAccount")}
        </Link>
      </div>
    );
  }

  const text = (name: keyof typeof values, maxLength: number, extra: { type?: string; autoComplete?: string } = {}) =>
    function TextInput(aria: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) {
      return (
        <input
          {...aria}
          {...extra}
          name={name}
          maxLength={maxLength}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          className={inputClass}
        />
      );
    };

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="mt-6 max-w-xl space-y-4" noValidate>
      <FormAlert state={state} />
      <Field name="username" label={t("users.field.username")} hint={t("users.field.usernameHint")} errors={errors}>
        {text("username", USERNAME_MAX_LENGTH, { autoComplete: "off" })}
      </Field>
      <Field name="fullName" label={t("users.field.fullName")} errors={errors}>
        {text("fullName", FULL_NAME_MAX_LENGTH, { autoComplete: "off" })}
      </Field>
      <Field name="email" label={t("users.field.email")} errors={errors}>
        {text("email", EMAIL_MAX_LENGTH, { type: "email", autoComplete: "off" })}
      </Field>
      <RoleAgencyFields roles={roles} agencies={agencies} errors={errors} />
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("users.new.pending") : t("users.new.submit")}
      </button>
    </form>
  );
}
