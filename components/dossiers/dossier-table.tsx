// A page of dossiers: code (to the detail), agency, procedure, channel, dates, official (for those
// who may read names) and the outcome as of the dashboards' day. Drawn by the client component
// DossierRows from compact columns (issue 19), with the words of the viewer's language.
import { useTranslations } from "next-intl";
import type { DossierListRow } from "@/lib/data/dossier-list";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import type { Intl, Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import type { DossierOutcome } from "@/lib/metrics/dossiers";
import { packAffixes, packDictionary } from "@/lib/ui/compact-rows";
import { DossierRows, type DossierColumns, type DossierWords, type ListColumn } from "./dossier-rows";

const LIST_COLUMNS: readonly ListColumn[] = ["code", "agency", "procedure", "channel", "received", "due", "resolved", "official", "outcome"];
const OUTCOMES: readonly DossierOutcome[] = ["EARLY", "ON_TIME", "LATE", "PENDING", "OVERDUE"];

/** The outcome of a dossier in words ("Trễ hạn" / "Late"). */
export const outcomeLabel = (t: Translator, outcome: DossierOutcome) => t(`dossiers.outcome.${outcome}`);

/** The page's rows as compact columns for DossierRows; `detailSearch` is carried to each dossier's page. */
export function dossierColumns(rows: readonly DossierListRow[], showOfficials: boolean, detailSearch: string, { t, f }: Intl): DossierColumns {
  const date = (value: Date | null) => (value ? f.date(value) : "");
  return {
    codes: rows.map((row) => row.code),
    links: packAffixes(rows.map((row) => `/dossiers/${row.id}${detailSearch}`)),
    agencies: packDictionary(rows.map((row) => row.agencyName)),
    procedures: packDictionary(rows.map((row) => row.procedureName)),
    channels: packDictionary(rows.map((row) => t(`dossiers.channel.${row.channel}`))),
    received: rows.map((row) => date(row.receivedAt)),
    due: rows.map((row) => date(row.dueAt)),
    resolved: rows.map((row) => date(row.resolvedAt)),
    officials: showOfficials ? packDictionary(rows.map((row) => row.officialName ?? "")) : null,
    outcomes: rows.map((row) => row.outcome),
  };
}

function dossierWords(t: Translator): DossierWords {
  return {
    headers: Object.fromEntries(LIST_COLUMNS.map((key) => [key, t(`dossiers.list.${key}`)])) as DossierWords["headers"],
    outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, outcomeLabel(t, outcome)])) as DossierWords["outcomes"],
    empty: t("dossiers.noRows"),
  };
}

/** A dossier list for Excel: the same columns, days and times as typed cells. */
export function dossierXlsxColumns(t: Translator, showOfficials: boolean): XlsxColumn<DossierListRow>[] {
  return [
    { key: "code", header: t("dossiers.list.code"), type: "text", value: (row) => row.code, width: 22 },
    { key: "agency", header: t("dossiers.list.agency"), type: "text", value: (row) => row.agencyName, width: 36 },
    { key: "procedure", header: t("dossiers.list.procedure"), type: "text", value: (row) => row.procedureName, width: 50 },
    { key: "channel", header: t("dossiers.list.channel"), type: "text", value: (row) => t(`dossiers.channel.${row.channel}`), width: 16 },
    { key: "received", header: t("dossiers.list.received"), type: "datetime", value: (row) => row.receivedAt },
    { key: "due", header: t("dossiers.list.due"), type: "date", value: (row) => row.dueAt },
    { key: "resolved", header: t("dossiers.list.resolved"), type: "datetime", value: (row) => row.resolvedAt },
    ...(showOfficials ? [{ key: "official", header: t("dossiers.list.official"), type: "text", value: (row: DossierListRow) => row.officialName, width: 24 } as const] : []),
    { key: "outcome", header: t("dossiers.list.outcome"), type: "text", value: (row) => outcomeLabel(t, row.outcome), width: 16 },
  ];
}

/** `detailSearch`: the list's own parameters, carried to the dossier page (its period, drill path and a way back). */
export function DossierTable({ rows, showOfficials, caption, testId, detailSearch = "" }: { rows: DossierListRow[]; showOfficials: boolean; caption: string; testId: string; detailSearch?: string }) {
  const t = useTranslations();
  const f = useFormat();
  return <DossierRows data={dossierColumns(rows, showOfficials, detailSearch, { t, f })} words={dossierWords(t)} caption={caption} testId={testId} />;
}
