"use client";
// The app's one date input (issue 23): it reads and is typed dd/mm/yyyy whatever the browser's
// language, and submits YYYY-MM-DD under its name, so the server's one day parser
// (plausibleDay, lib/validations/input.ts) reads every form. Chromium in English shows a native
// <input type="date"> as mm/dd/yyyy, where "04/01/2024" means 1 April.
// The segmented field (react-aria-components, ./date-segments) is loaded only once a page with a
// date input has hydrated, so pages without one — and the first load of those with one — do not
// carry it; until then, and without JavaScript, the native input stands in and works as before.
import { useEffect, useState, type ComponentType } from "react";
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

export function DateInput(props: DateInputProps) {
  const [Segments, setSegments] = useState<ComponentType<DateInputProps> | null>(() => loaded);
  // what the stand-in holds, so a day typed before the segmented field arrived is kept
  const [typed, setTyped] = useState(props.defaultValue ?? "");
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
  if (Segments) return <Segments {...props} defaultValue={props.value === undefined ? typed : undefined} />;
  const { value, onChange, className, ...rest } = props;
  return (
    <input
      {...rest}
      type="date"
      {...(value === undefined ? { defaultValue: props.defaultValue } : { value })}
      onChange={(event) => (value === undefined ? setTyped(event.target.value) : onChange?.(event.target.value))}
      className={className ?? fieldClass}
    />
  );
}
