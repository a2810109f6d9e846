// Home Affairs' entry for one index: a year's scores, the ownership matrix, component maxima.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComponentMethodForm } from "@/components/indices/component-method-form";
import { IndexYearForm } from "@/components/indices/index-year-form";
import { OwnerForm, RemoveOwnerButton } from "@/components/indices/owner-form";
import { tdClass } from "@/components/indices/display";
import { DataTable } from "@/components/indices/data-table";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCurrentAgencies } from "@/lib/data/agencies";
import { getIndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { removeComponentOwner, saveIndexYear, setComponentOwner, updateComponentMethod } from "../../actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: t("indices.manage") };

/** Stored numbers back into the boxes, written the vi-VN way (decimal comma, no grouping). */
const box = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value).replace(".", ","));

export default async function EditIndexPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "indexScore.manage")) notFound();
  const [index, agencies] = await Promise.all([getIndexDetail(viewer, (await params).code), listCurrentAgencies()]);
  if (!index) notFound();
  const asked = (await searchParams).year;
  const year = typeof asked === "string" && /^\d{4}$/.test(asked) ? Number(asked) : null;
  const recorded = year === null ? undefined : index.years.find((y) => y.year === year);
  const formKey = `${index.code}-${year ?? "new"}`;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <Link href={`/indices/${index.code}`} className="text-sm text-brand-700 underline">{t("indices.back")}</Link>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("indices.entry.title", { name: index.name })}</h1>
      </div>

      <section aria-labelledby="entry-year" className="space-y-4">
        <h2 id="entry-year" className="text-lg font-semibold text-brand-900">{t("indices.entry.yearHeading")}</h2>
        <p className="text-sm text-muted">{t("indices.entry.yearIntro")}</p>
        {index.years.length > 0 ? (
          <nav aria-label={t("indices.entry.loadYear")} className="flex flex-wrap gap-2">
            {index.years.map((y) => (
              <Link key={y.year} href={`/indices/${index.code}/edit?year=${y.year}`} className="rounded border border-border px-2 py-1 text-sm text-brand-700">
                {y.year}
              </Link>
            ))}
          </nav>
        ) : null}
        <IndexYearForm
          key={formKey}
          action={saveIndexYear}
          indexCode={index.code}
          indexName={index.name}
          max={formatScoreValue(index.maxScore)}
          values={{
            year: year === null ? "" : String(year),
            score: box(recorded?.score),
            rank: box(recorded?.rank),
            rankOf: box(recorded?.rankOf),
            nationalAverage: box(recorded?.nationalAverage),
            source: recorded?.source ?? "",
          }}
          components={index.components.map((c) => ({
            code: c.code,
            name: c.name,
            max: formatScoreValue(c.maxScore),
            value: box(c.scores.find((s) => s.year === year && s.province === "")?.score),
          }))}
        />
      </section>

      <section aria-labelledby="entry-owners" className="space-y-4">
        <h2 id="entry-owners" className="text-lg font-semibold text-brand-900">{t("indices.owners.heading")}</h2>
        <p className="text-sm text-muted">{t("indices.owners.intro")}</p>
        <OwnerForm action={setComponentOwner} components={index.components.map((c) => ({ id: c.id, name: c.name }))} agencies={agencies} />
        <DataTable
          caption={t("indices.owners.caption")}
          columns={[t("indices.col.component"), t("indices.field.agency"), t("indices.field.role"), <span key="remove" className="sr-only">{t("indices.owners.remove")}</span>]}
        >
          {index.components.flatMap((c) =>
            c.owners.map((o) => (
              <tr key={`${c.id}-${o.agencyId}`}>
                <th scope="row" className={`${tdClass} font-medium`}>{c.name}</th>
                <td className={tdClass}>{o.agencyName}</td>
                <td className={tdClass}>{t(`indices.role.${o.role}`)}</td>
                <td className={tdClass}>
                  <RemoveOwnerButton
                    action={removeComponentOwner}
                    componentId={c.id}
                    agencyId={o.agencyId}
                    label={t("indices.owners.removeLabel", { agency: o.agencyName, component: c.name })}
                  />
                </td>
              </tr>
            )),
          )}
        </DataTable>
      </section>

      <section aria-labelledby="entry-method" className="space-y-2">
        <h2 id="entry-method" className="text-lg font-semibold text-brand-900">{t("indices.method.heading")}</h2>
        <p className="text-sm text-muted">{t("indices.unconfirmedNote")}</p>
        <div className="divide-y divide-border rounded-lg border border-border bg-surface px-4">
          {index.components.map((c) => (
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
      </section>
    </div>
  );
}
