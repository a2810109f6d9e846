// The controls the pages' GET forms repeat (filters, pickers, search boxes): a label above each
// field, the same sizes and colours as the client forms of ./form-fields, and no client code but
// the date input's (which without JavaScript is the browser's own) — a GET form works without
// JavaScript and puts its state in the URL.
import type { ReactNode } from "react";
import { DateInput } from "./date-input";
import { buttonClass, fieldClass } from "./styles";

type FieldProps = { id: string; name: string; label: string; className?: string };

function Labelled({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label id={`${id}-label`} htmlFor={id} className="block text-sm font-medium text-foreground">
        {label}
      </label>
      {children}
    </div>
  );
}

export type Option = { value: string | number; label: string };

/** A select; `allLabel` adds a first, blank option ("all"), which the page reads as "not given". */
export function SelectField({ id, name, label, className, options, defaultValue, allLabel, groups, testId }: FieldProps & {
  options?: readonly Option[];
  /** options under headings (<optgroup>), after the plain ones */
  groups?: readonly { label: string; options: readonly Option[] }[];
  defaultValue?: string | number;
  allLabel?: string;
  testId?: string;
}) {
  const render = (option: Option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <Labelled id={id} label={label} className={className}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={fieldClass} data-testid={testId}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options?.map(render)}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(render)}
          </optgroup>
        ))}
      </select>
    </Labelled>
  );
}

export function DateField({ id, name, label, className, defaultValue, min, max, required }: FieldProps & {
  defaultValue?: string;
  min?: string;
  max?: string;
  required?: boolean;
}) {
  return (
    <Labelled id={id} label={label} className={className}>
      <DateInput id={id} aria-labelledby={`${id}-label`} name={name} defaultValue={defaultValue} min={min} max={max} required={required} />
    </Labelled>
  );
}

export function SearchField({ id, name, label, className = "min-w-64 flex-1", defaultValue, maxLength = 100 }: FieldProps & {
  defaultValue?: string;
  maxLength?: number;
}) {
  return (
    <Labelled id={id} label={label} className={className}>
      <input id={id} name={name} type="search" defaultValue={defaultValue} maxLength={maxLength} className={`${fieldClass} w-full`} />
    </Labelled>
  );
}

/** A checkbox that sends `name=1` when ticked. */
export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={defaultChecked} className="size-4" />
      {label}
    </label>
  );
}

/**
 * A GET form of fields in a row and its submit button. `hidden` carries the page's other
 * parameters along (an undefined or empty one is left out, so the URL stays short).
 */
export function FilterForm({ action, label, legend, hidden = {}, submitLabel, submitTestId, search = false, children, after }: {
  action: string;
  label?: string;
  /** the fields (and the button) as a named group, e.g. a pair of dates */
  legend?: string;
  hidden?: Record<string, string | undefined>;
  submitLabel: string;
  submitTestId?: string;
  /** role="search": the form searches a list */
  search?: boolean;
  children: ReactNode;
  /** after the button (e.g. a link that clears the search) */
  after?: ReactNode;
}) {
  const row = "flex flex-wrap items-end gap-3";
  const fields = (
    <>
      {children}
      <button type="submit" className={buttonClass} data-testid={submitTestId}>
        {submitLabel}
      </button>
      {after}
    </>
  );
  return (
    <form method="get" action={action} role={search ? "search" : undefined} aria-label={label} className={row}>
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {legend ? (
        <fieldset className={row}>
          <legend className="mb-1 text-sm font-medium text-foreground">{legend}</legend>
          {fields}
        </fieldset>
      ) : (
        fields
      )}
    </form>
  );
}
