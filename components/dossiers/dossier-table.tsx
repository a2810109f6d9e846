// A page of dossiers: code (to the detail), agency, procedure, channel, dates, official (for those
// who may read names) and the outcome as of the dashboards' day.
import Link from "next/link";
import { t } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import type { DossierListRow } from "@/lib/data/dossier-list";
import { OutcomeBadge } from "./outcome-badge";

export function DossierTable({ rows, showOfficials, caption, testId }: { rows: DossierListRow[]; showOfficials: boolean; caption: string; testId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
      <table className="min-w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.code")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.agency")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.procedure")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.channel")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.received")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.due")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.resolved")}</th>
            {showOfficials ? <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.official")}</th> : null}
            <th scope="col" className="px-3 py-2 font-semibold">{t("dossiers.list.outcome")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={showOfficials ? 9 : 8} className="px-3 py-4 text-center text-muted">
                {t("dossiers.noRows")}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.id} data-code={row.code}>
              <th scope="row" className="px-3 py-2 font-mono font-medium">
                <Link href={`/dossiers/${row.id}`} className="text-brand-700 underline">
                  {row.code}
                </Link>
              </th>
              <td className="px-3 py-2">{row.agencyName}</td>
              <td className="max-w-md px-3 py-2">{row.procedureName}</td>
              <td className="px-3 py-2">{t(`dossiers.channel.${row.channel}`)}</td>
              <td className="px-3 py-2 tabular-nums">{formatDate(row.receivedAt)}</td>
              <td className="px-3 py-2 tabular-nums">{formatDate(row.dueAt)}</td>
              <td className="px-3 py-2 tabular-nums">{row.resolvedAt ? formatDate(row.resolvedAt) : ""}</td>
              {showOfficials ? <td className="px-3 py-2">{row.officialName ?? ""}</td> : null}
              <td className="px-3 py-2">
                <OutcomeBadge outcome={row.outcome} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
