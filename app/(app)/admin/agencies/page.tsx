// The units of the province through its history (issue 15): validity, parent, kind, and for a unit
// that ended the units that carry its history today; create a unit, correct one, close one or
// record a reorganisation. Home Affairs and the administrator ("agency.manage").
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listUnitsForAdmin, type UnitListFilter } from "@/lib/data/reorganisations";
import { AgencyKind } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { inputClassName, linkButtonClassName, primaryButtonClassName } from "@/components/ui/filter-styles";

export const metadata: Metadata = { title: t("org.admin.title") };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const KINDS = Object.values(AgencyKind);

export default async function AgenciesAdminPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "agency.manage")) notFound();
  const raw = await searchParams;
  const status = (["current", "ended", "all"] as const).find((s) => s === one(raw.status)) ?? "current";
  const kind = KINDS.find((k) => k === one(raw.kind));
  const q = (one(raw.q) ?? "").slice(0, 100);
  const filter: UnitListFilter = { status, kind, q };
  const rows = await listUnitsForAdmin(viewer, filter);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("org.admin.heading")}</h1>
          <p className="text-foreground">{t("org.admin.intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/agencies/new" className={linkButtonClassName}>{t("org.admin.newUnit")}</Link>
          <Link href="/admin/reorganisations/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" data-testid="new-reorganisation">
            {t("org.admin.newReorganisation")}
          </Link>
          <Link href="/admin/reorganisations" className={linkButtonClassName}>{t("org.admin.acts")}</Link>
        </div>
      </div>
      <form method="get" action="/admin/agencies" role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className="block text-sm font-medium">{t("org.admin.status")}</label>
          <select id="status" name="status" defaultValue={status} className={inputClassName}>
            <option value="current">{t("org.admin.status.current")}</option>
            <option value="ended">{t("org.admin.status.ended")}</option>
            <option value="all">{t("org.admin.status.all")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">{t("agency.kind")}</label>
          <select id="kind" name="kind" defaultValue={kind ?? ""} className={inputClassName}>
            <option value="">{t("org.admin.allKinds")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>{t(`agency.kind.${k}`)}</option>
            ))}
          </select>
        </div>
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="block text-sm font-medium">{t("org.admin.search")}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} className={`${inputClassName} w-full`} />
        </div>
        <button type="submit" className={primaryButtonClassName}>{t("org.admin.filter")}</button>
      </form>
      <p className="text-sm text-muted" data-testid="unit-count">{t("org.admin.count", { count: formatNumber(rows.length) })}</p>
      <div className="max-h-[40rem] overflow-auto rounded-lg border border-border bg-surface">
        <table className="min-w-full text-left text-sm" data-testid="units-table">
          <caption className="sr-only">{t("org.admin.caption")}</caption>
          <thead className="sticky top-0 bg-brand-50 text-brand-900">
            <tr>
              <th scope="col" className="px-3 py-2">{t("org.admin.col.unit")}</th>
              <th scope="col" className="px-3 py-2">{t("agency.kind")}</th>
              <th scope="col" className="px-3 py-2">{t("agency.parent")}</th>
              <th scope="col" className="px-3 py-2">{t("agency.validity")}</th>
              <th scope="col" className="px-3 py-2">{t("org.admin.col.succession")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("org.admin.col.users")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("org.admin.col.actions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {rows.map((row) => (
              <tr key={row.id} data-testid={`unit-row-${row.code}`}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/agencies/${row.id}`} className="text-brand-700 underline">{row.name}</Link>
                  <span className="block text-xs text-muted">{row.code}{row.synthetic ? ` · ${t("org.admin.synthetic")}` : ""}</span>
                </th>
                <td className="px-3 py-2">{t(`agency.kind.${row.kind}`)}</td>
                <td className="px-3 py-2">{row.parentName ?? "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.validTo === null
                    ? t("agency.validFrom", { from: formatLocalDate(row.validFrom) })
                    : t("agency.validRange", { from: formatLocalDate(row.validFrom), to: formatLocalDate(row.validTo) })}
                </td>
                <td className="px-3 py-2 text-xs">
                  {row.validTo === null
                    ? row.predecessors > 0 ? t("org.admin.carries", { count: row.predecessors }) : ""
                    : row.carriedBy.length === 0
                      ? t("org.history.noSuccessor")
                      : row.carriedBy.map((c) => `${c.name}${c.share < 1 ? ` (${formatPercent(c.share, 1)})` : ""}`).join(", ")}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.users)}</td>
                <td className="px-3 py-2 whitespace-nowrap text-xs">
                  <Link href={`/admin/agencies/${row.id}`} className="text-brand-700 underline">{t("org.admin.edit")}</Link>
                  {row.validTo === null ? (
                    <>
                      {" · "}
                      <Link href={`/admin/reorganisations/new?close=${row.id}`} className="text-brand-700 underline" data-testid={`close-${row.code}`}>{t("org.admin.close")}</Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
