"use client";
// Labelled inputs of the app's forms: a field's errors sit under it and are tied to it
// with aria-invalid and aria-describedby; the form's message is announced through role="alert".
import { startTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult, FieldErrors } from "@/lib/auth/action-result";
import { DateInput } from "./date-input";
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
      <label id={`${props.name}-label`} htmlFor={props.name} className="block text-sm font-medium text-foreground">
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

/** A labelled whole-number input (a headcount, a number of cases): 0 or more, no decimals. */
export function CountField(props: { name: string; label: string; hint?: string; errors: FieldErrors; defaultValue: number | "" }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(aria) => <input {...aria} name={props.name} type="number" inputMode="numeric" min={0} step={1} defaultValue={props.defaultValue} className={inputClass} />}
    </Field>
  );
}

/** A labelled day (./date-input: dd/mm/yyyy on screen, YYYY-MM-DD in the form data). */
export function DayField(props: { name: string; label: string; hint?: string; errors: FieldErrors; defaultValue?: string; required?: boolean }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(aria) => <DateInput {...aria} aria-labelledby={`${props.name}-label`} name={props.name} defaultValue={props.defaultValue} required={props.required} className={inputClass} />}
    </Field>
  );
}

/** A form's submit button: says it is busy while the action runs. */
export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel?: string }) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

export type FieldOption = { value: string | number; label: string };

/** A labelled select of a client form, its errors under it; `blank` adds a first, empty choice. */
export function FieldSelect(props: { name: string; label: string; hint?: string; errors: FieldErrors; options: readonly FieldOption[]; defaultValue?: string | number; blank?: string }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(aria) => (
        <select {...aria} name={props.name} defaultValue={props.defaultValue} className={inputClass}>
          {props.blank !== undefined ? <option value="">{props.blank}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
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

/**
 * The top of a client form with its own heading: the <h2> that names the form, then the failure
 * message and the success note of the last submission.
 */
export function FormHeader<R>(props: { id: string; title: string; note?: string; state: ActionResult<R> | undefined; saved: string | ((data: R) => string) }) {
  const { state, saved } = props;
  return (
    <>
      <h2 id={props.id} className="text-lg font-semibold text-brand-900">
        {props.title}
      </h2>
      {props.note ? <p className="text-sm text-muted">{props.note}</p> : null}
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? (typeof saved === "string" ? saved : saved(state.data)) : null} />
    </>
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
