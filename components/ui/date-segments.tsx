"use client";
// The segmented date field behind ./date-input: react-aria-components' DateField in vi-VN, so its
// segments read dd/mm/yyyy (leading zeros kept), each a spinbutton a screen reader names and the
// arrow keys change; its hidden input carries the day as YYYY-MM-DD.
import { parseDate, type CalendarDate } from "@internationalized/date";
import { DateField, DateInput as SegmentRow, DateSegment } from "react-aria-components/DateField";
import { I18nProvider } from "react-aria-components/I18nProvider";
import type { DateInputProps } from "./date-input";
import { fieldClass } from "./styles";

function day(iso: string | undefined): CalendarDate | null {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

const segmentClass =
  "rounded-sm px-0.5 tabular-nums text-foreground outline-none focus:bg-brand-700 focus:text-white " +
  "data-[placeholder]:text-muted focus:data-[placeholder]:text-white data-[type=literal]:px-0 data-[type=literal]:text-muted";

export function DateSegments(props: DateInputProps) {
  const controlled = props.value !== undefined;
  return (
    <I18nProvider locale="vi-VN">
      <DateField<CalendarDate>
        id={props.id}
        name={props.name}
        granularity="day"
        shouldForceLeadingZeros
        {...(controlled ? { value: day(props.value) } : { defaultValue: day(props.defaultValue) })}
        onChange={(value) => props.onChange?.(value ? value.toString() : "")}
        minValue={day(props.min)}
        maxValue={day(props.max)}
        isRequired={props.required}
        isInvalid={props["aria-invalid"]}
        aria-label={props["aria-label"]}
        aria-labelledby={props["aria-labelledby"]}
        aria-describedby={props["aria-describedby"]}
        data-testid={props["data-testid"]}
      >
        <SegmentRow
          className={`${props.className ?? fieldClass} flex items-center focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-(--focus-ring)`}
        >
          {(segment) => <DateSegment segment={segment} className={segmentClass} />}
        </SegmentRow>
      </DateField>
    </I18nProvider>
  );
}
