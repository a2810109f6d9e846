// The fields both service-index forms ask for (the unit's entry and the province's published
// result): the period in the index's own notation, and where the figure came from.
import type { FieldErrors } from "@/lib/auth/action-result";
import { ENTRY_SOURCE_MAX } from "@/lib/service-index/entered";
import { t } from "@/lib/i18n";
import { Field, inputClass } from "@/components/ui/form-fields";

export function PeriodField({ periodKey, errors }: { periodKey: string; errors: FieldErrors }) {
  return (
    <Field name="period" label={t("serviceIndexEntry.field.period")} hint={t("serviceIndexEntry.field.periodHint")} errors={errors}>
      {(aria) => <input {...aria} name="period" defaultValue={periodKey} maxLength={10} className={inputClass} />}
    </Field>
  );
}

export function SourceField({ errors }: { errors: FieldErrors }) {
  return (
    <Field name="source" label={t("serviceIndexEntry.field.source")} errors={errors}>
      {(aria) => <input {...aria} name="source" maxLength={ENTRY_SOURCE_MAX} className={inputClass} />}
    </Field>
  );
}
