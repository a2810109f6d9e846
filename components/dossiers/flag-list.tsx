// Inspection flags as a table: what, the note, who and when, and the state (open ones resolvable).
// Its resolve forms read the "flags" messages on the client: the caller renders it inside
// FlagsIntl (./flags-intl.tsx).
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { ServerAction } from "@/lib/auth/create-action";
import type { FlagRow, ResolvedFlag } from "@/lib/data/inspection-flags";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { ResolveFlagForm } from "./resolve-flag-form";

function targetLink(flag: FlagRow, t: Translator) {
  if (flag.dossier) return { href: `/dossiers/${flag.dossier.id}`, label: t("flags.target.DOSSIER", { name: flag.dossier.code }) };
  if (flag.official) {
    return { href: `/dossiers/agencies/${flag.agency.id}/officials`, label: t("flags.target.OFFICIAL", { name: flag.official.fullName }) };
  }
  return { href: `/dossiers/agencies/${flag.agency.id}`, label: t("flags.target.AGENCY", { name: flag.agency.name }) };
}

function FlagState({ flag, resolve, t, f }: { flag: FlagRow; resolve: ServerAction<ResolvedFlag>; t: Translator; f: LocaleFormat }) {
  if (flag.status === "OPEN") {
    return (
      <div className="space-y-1">
        <span className="font-semibold text-accent-700">{t("flags.status.OPEN")}</span>
        <ResolveFlagForm flagId={flag.id} resolve={resolve} />
      </div>
    );
  }
  return (
    <span>
      {t("flags.resolvedBy", { name: flag.resolvedBy?.fullName ?? "", date: flag.resolvedAt ? f.date(flag.resolvedAt) : "" })}
      {flag.resolutionNote ? ` — ${flag.resolutionNote}` : ""}
    </span>
  );
}

export function FlagList({ flags, resolve }: { flags: FlagRow[]; resolve: ServerAction<ResolvedFlag> }) {
  const t = useTranslations();
  const f = useFormat();
  if (flags.length === 0) return <EmptyState>{t("flags.none")}</EmptyState>;
  const columns: Column<FlagRow>[] = [
    {
      key: "target",
      header: t("flags.col.target"),
      rowHeader: true,
      cell: (flag) => {
        const link = targetLink(flag, t);
        return <CellLink href={link.href}>{link.label}</CellLink>;
      },
    },
    { key: "note", header: t("flags.col.note"), className: "max-w-md whitespace-pre-line", cell: (flag) => flag.note },
    { key: "created", header: t("flags.col.created"), cell: (flag) => t("flags.by", { name: flag.createdBy.fullName, date: f.date(flag.createdAt) }) },
    { key: "status", header: t("flags.col.status"), cell: (flag) => <FlagState flag={flag} resolve={resolve} t={t} f={f} /> },
  ];
  return <Table caption={t("flags.heading")} columns={columns} rows={flags} rowKey={(flag) => flag.id} rowProps={(flag) => ({ "data-flag-id": flag.id })} testId="flag-list" />;
}
