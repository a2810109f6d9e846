// Each indicator of a unit's index: its formula, inputs, rate, target, points, whether its points
// and target are confirmed, and a link to the dossiers behind its inputs (the dossier list of the
// period, narrowed as the formula counts them).
import Link from "next/link";
import { Table } from "@/components/ui/table";
import type { EnteredValue } from "@/lib/service-index/entered";
import type { IndicatorScore, ServiceIndex } from "@/lib/service-index/model";
import { useServiceIndexText } from "./format";

/** The dossier list's narrowing for each computed indicator; none: no dossier list answers it. */
const DOSSIERS: Record<string, Record<string, string>> = {
  "1.4": {},
  "2.1": { status: "late" },
  "3.3": { channel: "ONLINE" },
  "4.1": {},
  "4.2": {},
  "5.4": { status: "late" },
};

type Props = {
  index: ServiceIndex;
  dossierList: (extra: Record<string, string>) => string;
  /** the entered values the index used: who entered each, for which period, from which source */
  entered: ReadonlyMap<string, EnteredValue>;
};

function Inputs({ score, entry }: { score: IndicatorScore; entry: EnteredValue | undefined }) {
  const { t, f } = useServiceIndexText();
  if (score.fraction === null) return score.def.source === "entered" ? t("serviceIndex.notEntered") : "—";
  const value = `${f.number(score.fraction.numerator)} / ${f.number(score.fraction.denominator)}`;
  if (!entry) return value;
  return (
    <>
      {value}
      {entry.denominator === 0 ? <span className="block text-xs text-muted">{t("serviceIndexEntry.na")}</span> : null}
      <span className="block max-w-64 text-left text-xs text-muted" data-testid={`entered-${score.def.code}`}>
        {t("serviceIndexEntry.enteredBy", { name: entry.enteredBy, date: f.date(entry.enteredAt), period: entry.periodKey, source: entry.source })}
      </span>
    </>
  );
}

export function IndicatorTable({ index, dossierList, entered }: Props) {
  const { t, f, s } = useServiceIndexText();
  return (
    <Table<IndicatorScore>
      caption={t("serviceIndex.indicators")}
      rows={index.indicators}
      rowKey={(i) => i.def.code}
      testId="service-index-indicators"
      rowProps={(i) => ({ "data-code": i.def.code })}
      columns={[
        { key: "code", header: t("serviceIndex.col.code"), cell: (i) => <span id={`indicator-${i.def.code.replace(".", "-")}`}>{i.def.code}</span> },
        {
          key: "indicator",
          header: t("serviceIndex.col.indicator"),
          rowHeader: true,
          cell: (i) => (
            <>
              {s.indicator(i.def.code)}
              <span className="block text-xs text-muted">{s.group(i.def.group)}</span>
            </>
          ),
        },
        {
          key: "formula",
          header: t("serviceIndex.col.formula"),
          className: "min-w-64 text-sm",
          cell: (i) => (i.def.source === "entered" ? t("serviceIndex.formula.entered") : s.formula(i.def.code)),
        },
        {
          key: "inputs",
          header: t("serviceIndex.col.inputs"),
          numeric: true,
          cell: (i) => <Inputs score={i} entry={i.def.source === "entered" ? entered.get(i.def.code) : undefined} />,
        },
        { key: "rate", header: t("serviceIndex.col.rate"), numeric: true, cell: (i) => s.fraction(i.fraction) },
        { key: "target", header: t("serviceIndex.col.target"), numeric: true, cell: (i) => (i.def.target === null ? t("serviceIndex.noTarget") : f.percent(i.def.target, 0)) },
        {
          key: "points",
          header: t("serviceIndex.col.points"),
          numeric: true,
          cell: (i) => `${i.points === null ? t("common.noData") : s.points(i.points)} / ${i.def.points}`,
          cellData: (i) => ({ "data-points": i.points ?? "" }),
        },
        { key: "status", header: t("serviceIndex.col.status"), cell: (i) => t(i.def.confirmed ? "serviceIndex.confirmed" : "serviceIndex.unconfirmed") },
        {
          key: "dossiers",
          header: t("serviceIndex.col.dossiers"),
          cell: (i) => {
            const extra = DOSSIERS[i.def.code];
            return extra === undefined ? "—" : (
              <Link href={dossierList(extra)} className="text-brand-700 underline" data-testid={`dossiers-${i.def.code}`}>
                {t("serviceIndex.dossierLink")}
              </Link>
            );
          },
        },
      ]}
    />
  );
}
