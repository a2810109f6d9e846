"use client";
// Labelled inputs of the app's forms: a field's errors sit under it and are tied to it
// with aria-invalid and aria-describedby; the form's message is announced through role="alert".
import { startTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult, FieldErrors } from "@/lib/auth/action-result";
import { buttonClass, fieldClass, secondaryButtonClass } from "./styles";

/** A client form's input: the GET forms' field (./styles) at the form's full width. */
export const inputClass = `${fieldClass} w-full`;

export { buttonClass, secondaryButtonClass };

/** The ids a field's `aria-describedby` lists, and whether it is invalid. */
export function describe(name: string, errors: FieldErrors, hasHint: boolean) {
  const errorId = (errors[name]?.length ?? 0) > 0 ? `${name}-error` : undefined;
  const hintId = hasHint ? `${name}-hint` : undefined;
  return { errorId, hintId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function Field(props: {
  name: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
  children: (aria: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode;
}) {
  const { errorId, hintId, describedBy } = describe(props.name, props.errors, Boolean(props.hint));
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium text-foreground">
        {props.label}
      </label>
      {props.children({ id: props.name, "aria-invalid": errorId ? true : undefined, "aria-describedby": describedBy })}
      {props.hint ? (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {props.hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-accent-700">
          {props.errors[props.name]?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The failure message of the last submission; the region is always there so it is announced. */
export function FormAlert<R>({ state }: { state: ActionResult<R> | undefined }) {
  return (
    <div role="alert">
      {state && !state.ok ? (
        <p className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700">{state.message}</p>
      ) : null}
    </div>
  );
}

/** A success note, read out politely. */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message ? (
        <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">{message}</p>
      ) : null}
    </div>
  );
}

export function fieldErrorsOf<R>(state: ActionResult<R> | undefined): FieldErrors {
  return state && !state.ok ? state.fieldErrors : {};
}

/**
 * An onSubmit that dispatches the form action itself. React resets a form after each action it
 * runs, refused ones included, and a reset puts a controlled <select> back on its first option
 * while its state keeps the chosen one; dispatching by hand skips that reset. Without JavaScript
 * the form still posts through its `action`.
 */
export function submitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
