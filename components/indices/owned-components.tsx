// "The components you answer for, and how they moved": on an agency's page.
import Link from "next/link";
import type { OwnedComponent } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { roundTo } from "@/lib/metrics/indices";
import { changeText, tdClass } from "./display";
import { DataTable } from "./data-table";

export function OwnedComponents({ rows }: { rows: OwnedComponent[] }) {
  if (rows.length === 0) return <p className="text-muted">{t("indices.agency.none")}</p>;
  return (
    <DataTable
      caption={t("indices.agency.caption")}
      testId="owned-components"
      columns={[t("indices.col.component"), t("indices.col.index"), t("indices.field.role"), t("indices.agency.latest"), t("indices.agency.movement")]}
    >
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
    </DataTable>
  );
}
