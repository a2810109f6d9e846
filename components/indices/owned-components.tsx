// "The components you answer for, and how they moved": on an agency's page.
import Link from "next/link";
import type { OwnedComponent } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { roundTo } from "@/lib/metrics/indices";
import { changeText, tableClass, tableWrapClass, tdClass, thClass } from "./display";

export function OwnedComponents({ rows }: { rows: OwnedComponent[] }) {
  if (rows.length === 0) return <p className="text-muted">{t("indices.agency.none")}</p>;
  return (
    <div className={tableWrapClass}>
      <table className={tableClass} data-testid="owned-components">
        <caption className="sr-only">{t("indices.agency.caption")}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <th scope="col" className={thClass}>{t("indices.col.component")}</th>
            <th scope="col" className={thClass}>{t("indices.col.index")}</th>
            <th scope="col" className={thClass}>{t("indices.field.role")}</th>
            <th scope="col" className={thClass}>{t("indices.agency.latest")}</th>
            <th scope="col" className={thClass}>{t("indices.agency.movement")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((r) => (
            <tr key={`${r.indexCode}-${r.componentCode}`} data-testid={`owned-${r.indexCode}-${r.componentCode}`}>
              <th scope="row" className={`${tdClass} font-medium`}>{r.componentName}</th>
              <td className={tdClass}>
                <Link href={`/indices/${r.indexCode}`} className="text-brand-700 underline">{r.indexName}</Link>
              </td>
              <td className={tdClass}>{t(`indices.role.${r.role}`)}</td>
              <td className={`${tdClass} tabular-nums`}>
                {r.latest
                  ? `${formatScoreValue(r.latest.score)}/${formatScoreValue(r.maxScore)} (${r.latest.year})`
                  : t("indices.agency.noScore")}
              </td>
              <td className={`${tdClass} tabular-nums`}>
                {r.latest ? changeText(r.previous ? roundTo(r.latest.score - r.previous.score, 4) : null) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
