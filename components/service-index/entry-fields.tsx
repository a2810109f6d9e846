// The fields both service-index forms ask for (the unit's entry and the province's published
// result): the period in the index's own notation, and where the figure came from. Client code
// (the forms that hold them are client components): the page gives the "serviceIndexEntry" namespace.
import type { FieldErrors } from "@/lib/auth/action-result";
import { ENTRY_SOURCE_MAX } from "@/lib/service-index/entered";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/form-fields";

export function PeriodField({ periodKey, errors }: { periodKey: string; errors: FieldErrors }) {
  const t = useTranslations("serviceIndexEntry");
  return (
    <Field name="period" label={t("field.period")} hint={t("field.periodHint")} errors={errors}>
      {(aria) => <input {...aria} name="period" defaultValue={periodKey} maxLength={10} className={inputClass} />}
    </Field>
  );
}

export function SourceField({ errors }: { errors: FieldErrors }) {
  const t = useTranslations("serviceIndexEntry");
  return (
    <Field name="source" label={t("field.source")} errors={errors}>
      {(aria) => <input {...aria} name="source" maxLength={ENTRY_SOURCE_MAX} className={inputClass} />}
    </Field>
  );
}
