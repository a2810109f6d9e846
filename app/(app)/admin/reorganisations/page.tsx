// The recorded reorganisation acts (issue 15), newest effective first.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listReorganisations } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber } from "@/lib/i18n/format";

export const metadata: Metadata = { title: t("org.acts.title") };
export const dynamic = "force-dynamic";

export default async function ReorganisationsPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "agency.manage")) notFound();
  const acts = await listReorganisations(viewer);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("org.acts.title")}</h1>
          <p className="text-foreground">{t("org.acts.intro")}</p>
        </div>
        <Link href="/admin/reorganisations/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("org.admin.newReorganisation")}</Link>
      </div>
      {acts.length === 0 ? (
        <p className="text-muted">{t("org.acts.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="min-w-full text-left text-sm" data-testid="acts-table">
            <caption className="sr-only">{t("org.acts.caption")}</caption>
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-3 py-2">{t("org.acts.col.act")}</th>
                <th scope="col" className="px-3 py-2">{t("org.acts.col.effective")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("org.acts.col.lines")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {acts.map((act) => (
                <tr key={act.id} data-testid={`act-row-${act.id}`}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/admin/reorganisations/${act.id}`} className="text-brand-700 underline">{act.actNumber}</Link>
                    <span className="block text-xs font-normal text-muted">{act.title} — {act.issuer}, {formatLocalDate(act.actDate)}</span>
                    {act.synthetic ? <span className="block text-xs font-normal text-accent-700">{t("org.acts.synthetic")}</span> : null}
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap">{formatLocalDate(act.effectiveOn)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(act.lines)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
