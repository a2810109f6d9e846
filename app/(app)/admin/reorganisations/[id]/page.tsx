// One reorganisation act: its lines (which units ended, which carry them, by what share) and what
// applying it changed. Gate: ../layout.tsx.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { CellLink, Table, type Column } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/page-access";
import { getReorganisationDetail } from "@/lib/data/reorganisations";
import { getIntl, type RequestIntl } from "@/lib/i18n/server";
import { wordsOf } from "@/lib/notifications/words";
import { appliedParams } from "@/lib/validations/reorganisations";
import { parsePathId, parseSearchParams, type SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("org.acts.title") };
}
export const dynamic = "force-dynamic";

/** What the seed and the apply record about the act's effect (either shape). */
const summarySchema = z.object({
  closed: z.union([z.number(), z.array(z.number())]).optional(),
  created: z.union([z.number(), z.array(z.unknown())]).optional(),
  users: z.array(z.object({ username: z.string(), action: z.string() }).passthrough()).optional(),
});

const countOf = (value: number | unknown[] | undefined) => (Array.isArray(value) ? value.length : (value ?? 0));

type Line = NonNullable<Awaited<ReturnType<typeof getReorganisationDetail>>>["lines"][number];

function lineColumns({ t, f }: RequestIntl): Column<Line>[] {
  return [
    { key: "kind", header: t("org.acts.col.kind"), cell: (line) => t(`org.line.${line.kind}`) },
    { key: "predecessor", header: t("org.acts.col.predecessor"), rowHeader: true, cell: (line) => <CellLink href={`/agencies/${line.predecessor.id}`}>{line.predecessor.name}</CellLink> },
    {
      key: "successor",
      header: t("org.acts.col.successor"),
      cell: (line) =>
        line.kind === "TRANSFER"
          ? (line.toParent?.name ?? t("org.unit.field.parentNone"))
          : line.successor
            ? <CellLink href={`/agencies/${line.successor.id}`}>{line.successor.name}</CellLink>
            : t("org.editor.successorNone"),
    },
    { key: "share", header: t("org.acts.col.share"), numeric: true, cell: (line) => f.percent(line.share, line.share === 1 ? 0 : 2) },
    {
      key: "note",
      header: t("org.acts.col.note"),
      className: "text-xs",
      cell: (line) => (
        <>
          {line.note}
          {line.synthetic ? <span className="block text-accent-700">{t("org.acts.synthetic")}</span> : null}
        </>
      ),
    },
  ];
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function ReorganisationPage({ params, searchParams }: Props) {
  const [viewer, { id }, search, intl] = await Promise.all([requirePermission("agency.manage"), params, searchParams, getIntl()]);
  const { t, f } = intl;
  const act = await getReorganisationDetail(viewer, parsePathId(id), wordsOf(intl.locale));
  if (!act) notFound();
  const summary = summarySchema.safeParse(act.appliedSummary ?? {});
  const applied = summary.success ? summary.data : null;
  const users = applied?.users ?? [];
  const justApplied = parseSearchParams(appliedParams(), search).applied;

  return (
    <div className="space-y-6">
      <PageHeader title={t("org.acts.detailHeading", { number: act.actNumber })} intro={act.title} back={{ href: "/admin/reorganisations", label: t("org.acts.title") }}>
        <p className="text-sm text-muted">{t("org.acts.meta", { issuer: act.issuer, date: f.localDate(act.actDate), effective: f.localDate(act.effectiveOn) })}</p>
        {act.note ? <p className="text-sm">{act.note}</p> : null}
        {act.synthetic ? <p className="text-sm text-accent-700">{t("org.acts.synthetic")}</p> : null}
        {act.createdBy ? <p className="text-xs text-muted">{t("org.acts.recordedBy", { name: act.createdBy.fullName, at: f.dateTime(act.createdAt) })}</p> : null}
      </PageHeader>
      {applied ? (
        <p role={justApplied ? "status" : undefined} className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="applied-summary">
          {t(justApplied ? "org.acts.applied" : "org.acts.summary", {
            closed: f.number(countOf(applied.closed)),
            created: f.number(countOf(applied.created)),
            users: justApplied ? f.number(users.length) : users.map((u) => `${u.username} (${u.action === "move" ? t("org.editor.userMove").toLowerCase() : t("org.editor.userDeactivate").toLowerCase()})`).join(", ") || t("org.editor.none"),
          })}
        </p>
      ) : null}
      <Table caption={t("org.acts.linesCaption")} columns={lineColumns(intl)} rows={act.lines} rowKey={(line) => line.id} testId="act-lines" />
    </div>
  );
}
