// An index's components in one year: maximum (and whether it is confirmed), score, share of the
// maximum, the weakest ones marked, and the lead and coordinating agencies.
import { useLocale, useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import type { IndexDetail } from "@/lib/data/index-detail";
import { localName } from "@/lib/i18n/locale";
import { useFormat } from "@/lib/i18n/use-format";
import { shareOfMax, weakestComponents } from "@/lib/metrics/indices";

type Component = IndexDetail["components"][number];
type Row = { component: Component; value: { code: string; maxScore: number; score: number | null }; weak: boolean };

const owners = (c: Component, role: "LEAD" | "COORDINATE") => c.owners.filter((o) => o.role === role).map((o) => o.agencyName);

/** `province`: whose scores ("" today's province, or a former province's name). */
export function IndexComponentsTable({ index, year, province = "" }: { index: IndexDetail; year: number | null; province?: string }) {
  const t = useTranslations();
  const f = useFormat();
  const locale = useLocale();
  const values = index.components.map((c) => ({ code: c.code, maxScore: c.maxScore, score: c.scores.find((s) => s.year === year && s.province === province)?.score ?? null }));
  const weakest = weakestComponents(values);
  const rows: Row[] = index.components.map((component, i) => ({ component, value: values[i]!, weak: weakest.has(component.code) }));
  const columns: Column<Row>[] = [
    {
      key: "component",
      header: t("indices.col.component"),
      rowHeader: true,
      cell: ({ component: c, weak }) => (
        <>
          {localName(locale, c)}
          {weak ? <span className="ml-2 rounded bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white">{t("indices.weakest")}</span> : null}
        </>
      ),
    },
    {
      key: "max",
      header: t("indices.col.max"),
      numeric: true,
      cell: ({ component: c }) => (
        <>
          {f.score(c.maxScore)}
          {!c.confirmed ? <span className="ml-1 text-xs text-muted">({t("indices.unconfirmed")})</span> : null}
        </>
      ),
    },
    { key: "weight", header: t("indices.col.weight"), numeric: true, cell: ({ component: c }) => (c.weight === null ? "" : f.score(c.weight)) },
    { key: "score", header: t("indices.col.componentScore"), numeric: true, cell: ({ value }) => (value.score === null ? "" : f.score(value.score)) },
    {
      key: "share",
      header: t("indices.col.share"),
      numeric: true,
      cell: ({ value }) => {
        const share = shareOfMax(value);
        return share === null ? "" : f.percent(share);
      },
    },
    {
      key: "lead",
      header: t("indices.col.lead"),
      cell: ({ component: c }) => {
        const lead = owners(c, "LEAD");
        return lead.length > 0 ? lead.join(", ") : t("indices.owners.none");
      },
    },
    { key: "coordinate", header: t("indices.col.coordinate"), cell: ({ component: c }) => owners(c, "COORDINATE").join(", ") },
  ];
  return (
    <div className="space-y-3">
      {!values.some((v) => v.score !== null) ? <p className="text-muted">{t("indices.detail.noComponentScores")}</p> : null}
      {weakest.size > 0 ? <p className="text-sm text-muted">{t("indices.detail.weakestNote")}</p> : null}
      <Table caption={t("indices.detail.componentsCaption")} columns={columns} rows={rows} rowKey={(row) => row.component.id}
        rowProps={(row) => ({ "data-testid": `component-${row.component.code}`, "data-weakest": row.weak ? "true" : undefined, className: row.weak ? "bg-accent-100" : undefined })}
        testId="index-components" />
    </div>
  );
}
