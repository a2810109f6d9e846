// One reorganisation act: its lines (which units ended, which carry them, by what share) and what
// applying it changed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getReorganisationDetail } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { formatDateTime, formatLocalDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { parseId } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("org.acts.title") };
export const dynamic = "force-dynamic";

/** What the seed and the apply record about the act's effect (either shape). */
const summarySchema = z.object({
  closed: z.union([z.number(), z.array(z.number())]).optional(),
  created: z.union([z.number(), z.array(z.unknown())]).optional(),
  users: z.array(z.object({ username: z.string(), action: z.string() }).passthrough()).optional(),
});

const countOf = (value: number | unknown[] | undefined) => (Array.isArray(value) ? value.length : (value ?? 0));

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReorganisationPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "agency.manage")) notFound();
  const id = parseId((await params).id);
  const act = id === null ? null : await getReorganisationDetail(viewer, id);
  if (!act) notFound();
  const summary = summarySchema.safeParse(act.appliedSummary ?? {});
  const applied = summary.success ? summary.data : null;
  const users = applied?.users ?? [];
  const justApplied = (await searchParams).applied === "1";

  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p className="text-sm"><Link href="/admin/reorganisations" className="text-brand-700 underline">{t("org.acts.title")}</Link></p>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("org.acts.detailHeading", { number: act.actNumber })}</h1>
        <p className="text-foreground">{act.title}</p>
        <p className="text-sm text-muted">{t("org.acts.meta", { issuer: act.issuer, date: formatLocalDate(act.actDate), effective: formatLocalDate(act.effectiveOn) })}</p>
        {act.note ? <p className="text-sm">{act.note}</p> : null}
        {act.synthetic ? <p className="text-sm text-accent-700">{t("org.acts.synthetic")}</p> : null}
        {act.createdBy ? <p className="text-xs text-muted">{t("org.acts.recordedBy", { name: act.createdBy.fullName, at: formatDateTime(act.createdAt) })}</p> : null}
      </div>
      {applied ? (
        <p role={justApplied ? "status" : undefined} className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="applied-summary">
          {t(justApplied ? "org.acts.applied" : "org.acts.summary", {
            closed: formatNumber(countOf(applied.closed)),
            created: formatNumber(countOf(applied.created)),
            users: justApplied ? formatNumber(users.length) : users.map((u) => `${u.username} (${u.action === "move" ? t("org.editor.userMove").toLowerCase() : t("org.editor.userDeactivate").toLowerCase()})`).join(", ") || t("org.editor.none"),
          })}
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-border bg-surface">
        <table className="min-w-full text-left text-sm" data-testid="act-lines">
          <caption className="sr-only">{t("org.acts.linesCaption")}</caption>
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              <th scope="col" className="px-3 py-2">{t("org.acts.col.kind")}</th>
              <th scope="col" className="px-3 py-2">{t("org.acts.col.predecessor")}</th>
              <th scope="col" className="px-3 py-2">{t("org.acts.col.successor")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("org.acts.col.share")}</th>
              <th scope="col" className="px-3 py-2">{t("org.acts.col.note")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {act.lines.map((line) => (
              <tr key={line.id}>
                <td className="px-3 py-2">{t(`org.line.${line.kind}`)}</td>
                <th scope="row" className="px-3 py-2 font-medium"><Link href={`/agencies/${line.predecessor.id}`} className="text-brand-700 underline">{line.predecessor.name}</Link></th>
                <td className="px-3 py-2">
                  {line.kind === "TRANSFER" ? (line.toParent?.name ?? t("org.unit.field.parentNone")) : line.successor ? <Link href={`/agencies/${line.successor.id}`} className="text-brand-700 underline">{line.successor.name}</Link> : t("org.editor.successorNone")}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatPercent(line.share, line.share === 1 ? 0 : 2)}</td>
                <td className="px-3 py-2 text-xs">
                  {line.note}
                  {line.synthetic ? <span className="block text-accent-700">{t("org.acts.synthetic")}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
