// Home Affairs' entry for one index: a year's scores, the ownership matrix, component maxima.
import type { Metadata } from "next";
import { ComponentMethodForm } from "@/components/indices/component-method-form";
import { IndexYearForm } from "@/components/indices/index-year-form";
import { OwnerForm } from "@/components/indices/owner-form";
import { OwnersTable } from "@/components/indices/owners-table";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requirePermission } from "@/lib/auth/page-access";
import { localName } from "@/lib/i18n/locale";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { indexYearParams } from "@/lib/validations/indices";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { removeComponentOwner, saveIndexYear, setComponentOwner, updateComponentMethod } from "../../actions";
import { loadIndex, type IndexParams } from "../load";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { getDataSpan } from "@/lib/data/province/settings";

type Props = { params: IndexParams; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("indices.manage") };
}

/** The forms' namespace: the year, owner and method forms are client components. */
const ENTRY_NAMESPACES = [...SHELL_NAMESPACES, "indices"] as const;

/** Stored numbers back into the boxes, written the vi-VN way (decimal comma, no grouping). */
const box = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value).replace(".", ","));

export default async function EditIndexPage({ params, searchParams }: Props) {
  const [index, agencies, span, search, { t, f, locale }] = await Promise.all([
    requirePermission("indexScore.manage").then(() => params).then(({ code }) => loadIndex(code)),
    listCurrentAgencies(),
    getDataSpan(),
    searchParams,
    getIntl(),
  ]);
  const year = parseSearchParams(indexYearParams(span), search).year ?? null;
  const recorded = year === null ? undefined : index.years.find((y) => y.year === year);
  const formKey = `${index.code}-${year ?? "new"}`;
  const name = localName(locale, index);
  const components = index.components.map((c) => ({ ...c, name: localName(locale, c) }));

  return (
    <IntlClient namespaces={ENTRY_NAMESPACES}>
    <div className="space-y-10">
      <PageHeader title={t("indices.entry.title", { name })} back={{ href: `/indices/${index.code}`, label: t("indices.back") }} />

      <Section id="entry-year" title={t("indices.entry.yearHeading")} className="space-y-4">
        <p className="text-sm text-muted">{t("indices.entry.yearIntro")}</p>
        {index.years.length > 0 ? (
          <LinkTabs label={t("indices.entry.loadYear")}
            links={index.years.map((y) => ({ href: `/indices/${index.code}/edit?year=${y.year}`, label: String(y.year), current: y.year === year }))}
          />
        ) : null}
        <IndexYearForm
          key={formKey}
          action={saveIndexYear}
          indexCode={index.code}
          indexName={name}
          max={f.score(index.maxScore)}
          values={{
            year: year === null ? "" : String(year),
            score: box(recorded?.score),
            rank: box(recorded?.rank),
            rankOf: box(recorded?.rankOf),
            nationalAverage: box(recorded?.nationalAverage),
            source: recorded?.source ?? "",
          }}
          components={components.map((c) => ({
            code: c.code,
            name: c.name,
            max: f.score(c.maxScore),
            value: box(c.scores.find((s) => s.year === year && s.province === "")?.score),
          }))}
        />
      </Section>

      <Section id="entry-owners" title={t("indices.owners.heading")} className="space-y-4">
        <p className="text-sm text-muted">{t("indices.owners.intro")}</p>
        <OwnerForm action={setComponentOwner} components={components.map((c) => ({ id: c.id, name: c.name }))} agencies={agencies} />
        <OwnersTable index={index} remove={removeComponentOwner} />
      </Section>

      <Section id="entry-method" title={t("indices.method.heading")} className="space-y-2">
        <p className="text-sm text-muted">{t("indices.unconfirmedNote")}</p>
        <div className="divide-y divide-border rounded-lg border border-border bg-surface px-4">
          {components.map((c) => (
            <ComponentMethodForm
              key={c.id}
              action={updateComponentMethod}
              componentId={c.id}
              name={c.name}
              maxScore={box(c.maxScore)}
              weight={box(c.weight)}
              confirmed={c.confirmed}
            />
          ))}
        </div>
      </Section>
    </div>
    </IntlClient>
  );
}
