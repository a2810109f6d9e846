// Inspection flags as a table: what, the note, who and when, and the state (open ones resolvable).
import Link from "next/link";
import type { ServerAction } from "@/lib/auth/create-action";
import type { FlagRow, ResolvedFlag } from "@/lib/data/inspection-flags";
import { t } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { ResolveFlagForm } from "./resolve-flag-form";

function targetLink(flag: FlagRow) {
  if (flag.dossier) return { href: `/dossiers/${flag.dossier.id}`, label: t("flags.target.DOSSIER", { name: flag.dossier.code }) };
  if (flag.official) {
    return { href: `/dossiers/agencies/${flag.agency.id}/officials`, label: t("flags.target.OFFICIAL", { name: flag.official.fullName }) };
  }
  return { href: `/dossiers/agencies/${flag.agency.id}`, label: t("flags.target.AGENCY", { name: flag.agency.name }) };
}

export function FlagList({ flags, resolve }: { flags: FlagRow[]; resolve: ServerAction<ResolvedFlag> }) {
  if (flags.length === 0) return <p className="text-sm text-muted">{t("flags.none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="flag-list">
        <caption className="sr-only">{t("flags.heading")}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <th scope="col" className="px-3 py-2">{t("flags.col.target")}</th>
            <th scope="col" className="px-3 py-2">{t("flags.col.note")}</th>
            <th scope="col" className="px-3 py-2">{t("flags.col.created")}</th>
            <th scope="col" className="px-3 py-2">{t("flags.col.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {flags.map((flag) => {
            const link = targetLink(flag);
            return (
              <tr key={flag.id} data-flag-id={flag.id}>
                <td className="px-3 py-2">
                  <Link href={link.href} className="text-brand-700 underline">{link.label}</Link>
                </td>
                <td className="max-w-md px-3 py-2 whitespace-pre-line">{flag.note}</td>
                <td className="px-3 py-2">{t("flags.by", { name: flag.createdBy.fullName, date: formatDate(flag.createdAt) })}</td>
                <td className="px-3 py-2">
                  {flag.status === "OPEN" ? (
                    <div className="space-y-1">
                      <span className="font-semibold text-accent-700">{t("flags.status.OPEN")}</span>
                      <ResolveFlagForm flagId={flag.id} resolve={resolve} />
                    </div>
                  ) : (
                    <span>
                      {t("flags.resolvedBy", { name: flag.resolvedBy?.fullName ?? "", date: flag.resolvedAt ? formatDate(flag.resolvedAt) : "" })}
                      {flag.resolutionNote ? ` — ${flag.resolutionNote}` : ""}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
