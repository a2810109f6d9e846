"use client";
// The app's one date input (issue 23): it reads and is typed dd/mm/yyyy whatever the browser's
// language, and submits YYYY-MM-DD under its name, so the server's one day parser
// (plausibleDay, lib/validations/input.ts) reads every form. Chromium in English shows a native
// <input type="date"> as mm/dd/yyyy, where "04/01/2024" means 1 April.
// The segmented field (react-aria-components, ./date-segments) is loaded only once a page with a
// date input has hydrated, so pages without one — and the first load of those with one — do not
// carry it. Until then a text input stands in, read and typed dd/mm/yyyy too (a native date input
// would flash mm/dd/yyyy in an English browser); once hydrated it submits the day it holds as
// YYYY-MM-DD through a hidden input, so the server reads what it reads from the segments. Without
// JavaScript (the stand-in is hidden then) the native input of the <noscript> works as before.
import { useEffect, useState, useSyncExternalStore, type ComponentType } from "react";
import { isLocalDate } from "@/lib/metrics/periods";
import { fieldClass } from "./styles";

export type DateInputProps = {
  id?: string;
  name?: string;
  /** YYYY-MM-DD; with `value` the field is controlled and reports through `onChange` ("" when cleared) */
  defaultValue?: string;
  value?: string;
  onChange?: (iso: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  className?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true | undefined;
  "data-testid"?: string;
};

let loaded: ComponentType<DateInputProps> | null = null;

/** "2024-01-04" → "04/01/2024"; anything else as it is. */
export function dayText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "4/1/2024" or "04/01/2024" → "2024-01-04" when it is a real day; "" when empty; otherwise the text as typed (the server refuses it with its message). */
export function dayOfText(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const iso = match ? `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}` : "";
  return isLocalDate(iso) ? iso : trimmed;
}

// the hydration flag never changes once set: nothing to subscribe to
const noChange = () => () => {};

export function DateInput(props: DateInputProps) {
  const [Segments, setSegments] = useState<ComponentType<DateInputProps> | null>(() => loaded);
  // the stand-in's text, so a day typed before the segmented field arrived is kept
  const [text, setText] = useState(() => dayText(props.value ?? props.defaultValue ?? ""));
  // the hidden input exists only once hydrated: without JavaScript the <noscript> input is the field's one value
  const hydrated = useSyncExternalStore(noChange, () => true, () => false);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void import("./date-segments").then((module) => {
      loaded = module.DateSegments;
      if (live) setSegments(() => module.DateSegments);
    });
    return () => {
      live = false;
    };
  }, []);
  if (Segments) return <Segments {...props} defaultValue={props.value === undefined ? dayOfText(text) : undefined} />;
  const { value, onChange, className, name, min, max, defaultValue, required, ...rest } = props;
  const day = dayOfText(text);
  return (
    <>
      <noscript>
        <input {...rest} name={name} min={min} max={max} required={required} type="date" defaultValue={value ?? defaultValue} className={className ?? fieldClass} />
      </noscript>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        pattern="\d{1,2}/\d{1,2}/\d{4}"
        // without JavaScript the stand-in is hidden and must not hold the form back
        required={hydrated && required}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const typed = dayOfText(event.target.value);
          if (value !== undefined && (typed === "" || isLocalDate(typed))) onChange?.(typed);
        }}
        className={`${className ?? fieldClass} noscript:hidden`}
      />
      {hydrated && name ? <input type="hidden" name={name} value={day} /> : null}
    </>
  );
}
