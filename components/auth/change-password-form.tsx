"use client";
// The password change form on React 19's useActionState; field errors come from the same zod
// schema the server uses (lib/validations/auth.ts), through the action wrapper.
import { useActionState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import { authVi } from "@/lib/i18n/messages/auth-vi";

type Props = { action: ServerAction<{ userId: number }> };

const inputClass =
  "mt-1 block w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-foreground shadow-sm " +
  "aria-[invalid=true]:border-accent-600";

function PasswordField(props: {
  name: "currentPassword" | "newPassword" | "confirmPassword";
  label: string;
  autoComplete: "current-password" | "new-password";
  hint?: string;
  errors: FieldErrors;
}) {
  const messages = props.errors[props.name] ?? [];
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = messages.length > 0 ? `${props.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium text-foreground">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        type="password"
        autoComplete={props.autoComplete}
        required
        maxLength={128}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {props.hint ? (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {props.hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-accent-700">
          {messages.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function ChangePasswordForm({ action }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ userId: number }> | undefined, FormData>(
    action,
    undefined,
  );
  const errors: FieldErrors = state && !state.ok ? state.fieldErrors : {};

  return (
    <form action={formAction} className="mt-6 space-y-4">
      <div role="alert">
        {state && !state.ok ? (
          <p className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700">{state.message}</p>
        ) : null}
      </div>
      <PasswordField name="currentPassword" label={authVi["changePassword.current"]} autoComplete="current-password" errors={errors} />
      <PasswordField
        name="newPassword"
        label={authVi["changePassword.new"]}
        autoComplete="new-password"
        hint={authVi["changePassword.newHint"]}
        errors={errors}
      />
      <PasswordField name="confirmPassword" label={authVi["changePassword.confirm"]} autoComplete="new-password" errors={errors} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="flex w-full justify-center rounded-md bg-brand-700 px-4 py-2.5 text-base font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? authVi["changePassword.pending"] : authVi["changePassword.submit"]}
      </button>
    </form>
  );
}
