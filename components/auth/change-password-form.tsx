"use client";
// The password change form on React 19's useActionState; field errors come from the same zod
// schema the server uses (lib/validations/auth.ts), through the action wrapper.
import { useActionState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import { Field, fieldErrorsOf, FormAlert, inputClass } from "@/components/ui/form-fields";
import { useTranslations } from "next-intl";

type Props = { action: ServerAction<{ userId: number }> };

function PasswordField(props: {
  name: "currentPassword" | "newPassword" | "confirmPassword";
  label: string;
  autoComplete: "current-password" | "new-password";
  hint?: string;
  errors: FieldErrors;
}) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(aria) => (
        <input {...aria} name={props.name} type="password" autoComplete={props.autoComplete} required maxLength={128} className={inputClass} />
      )}
    </Field>
  );
}

export function ChangePasswordForm({ action }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ userId: number }> | undefined, FormData>(
    action,
    undefined,
  );
  const errors = fieldErrorsOf(state);
  const t = useTranslations("changePassword");

  return (
    <form action={formAction} className="mt-6 space-y-4">
      <FormAlert state={state} />
      <PasswordField name="currentPassword" label={t("current")} autoComplete="current-password" errors={errors} />
      <PasswordField
        name="newPassword"
        label={t("new")}
        autoComplete="new-password"
        hint={t("newHint")}
        errors={errors}
      />
      <PasswordField name="confirmPassword" label={t("confirm")} autoComplete="new-password" errors={errors} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="flex w-full justify-center rounded-md bg-brand-700 px-4 py-2.5 text-base font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
