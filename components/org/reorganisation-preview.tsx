"use client";
// What applying a reorganisation would change, as the preview route found it: the problems to
// correct, the units that end and the new ones, transfers, each account of a unit that ends (with
// its decision: move to a unit, or deactivate), the open reports and the quotas that move.
import type { PreviewAnswer } from "@/lib/data/reorganisations";
import type { PlanProblem } from "@/lib/org/plan";
import { useTranslations } from "next-intl";
import type { ReportStatus, StaffCategory } from "@/lib/generated/prisma/enums";
import { useFormat } from "@/lib/i18n/use-format";
import { inputClass } from "@/components/ui/form-fields";

/** Words of other areas the preview shows, translated by the page (the editor's namespaces are "org" and "agency"). */
export type PreviewLabels = { status: Record<ReportStatus, string>; category: Record<StaffCategory, string> };

type Props = {
  preview: PreviewAnswer;
  problems: PlanProblem[];
  choices: Record<number, string>;
  setChoice: (userId: number, value: string) => void;
  successorOptions: { value: string; name: string }[];
  labels: PreviewLabels;
};

function List({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  const t = useTranslations();
  return (
    <div className="space-y-1" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      {items.length === 0 ? <p className="text-sm text-muted">{t("org.editor.none")}</p> : (
        <ul className="list-disc pl-6 text-sm">{items.map((item, i) => <li key={`${item}-${i}`}>{item}</li>)}</ul>
      )}
    </div>
  );
}

export function ReorganisationPreview({ preview, problems, choices, setChoice, successorOptions, labels }: Props) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <section aria-labelledby="preview-heading" className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4" data-testid="reorganisation-preview">
      <h2 id="preview-heading" className="text-lg font-semibold text-brand-900">{t("org.editor.previewHeading")}</h2>
      {problems.length > 0 ? (
        <div className="space-y-1" data-testid="preview-problems">
          <h3 className="font-semibold text-accent-700">{t("org.editor.problems")}</h3>
          <ul className="list-disc pl-6 text-sm text-accent-700">{problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
        </div>
      ) : (
        <p className="text-sm font-medium text-good" data-testid="preview-ok">{t("org.editor.noProblems")}</p>
      )}
      <List title={t("org.editor.closed", { count: f.number(preview.closed.length) })} items={preview.closed.map((u) => u.name)} testId="preview-closed" />
      <List title={t("org.editor.created", { count: f.number(preview.created.length) })} items={preview.created.map((u) => `${u.name} (${u.code})`)} testId="preview-created" />
      {preview.transfers.length > 0 ? <List title={t("org.editor.transfers", { count: f.number(preview.transfers.length) })} items={preview.transfers.map((u) => `${u.name} → ${u.to || t("org.unit.field.parentNone")}`)} testId="preview-transfers" /> : null}
      <div className="space-y-2" data-testid="preview-users">
        <h3 className="font-semibold">{t("org.editor.users", { count: f.number(preview.users.length) })}</h3>
        {preview.users.length === 0 ? <p className="text-sm text-muted">{t("org.editor.none")}</p> : null}
        {preview.users.map((user) => (
          <label key={user.id} className="grid items-center gap-2 text-sm sm:grid-cols-[16rem_1fr]" data-testid={`preview-user-${user.username}`}>
            <span>{user.fullName} ({user.username}) — {user.unit}</span>
            <select className={inputClass} value={choices[user.id] ?? ""} onChange={(e) => setChoice(user.id, e.target.value)}>
              <option value="">{t("org.editor.choose")}</option>
              <optgroup label={t("org.editor.userMove")}>
                {successorOptions.map((o) => <option key={o.value} value={o.value}>{o.name}</option>)}
              </optgroup>
              {user.manageable ? <option value="deactivate">{t("org.editor.userDeactivate")}</option> : null}
            </select>
          </label>
        ))}
      </div>
      <List
        title={t("org.editor.reports", { count: f.number(preview.openReports.length) })}
        items={preview.openReports.map((r) => t("org.editor.report", { unit: r.unit, quarter: String(r.quarter), year: String(r.year), status: labels.status[r.status], by: r.completedBy.join(", ") || "—" }))}
        testId="preview-reports"
      />
      <List
        title={t("org.editor.quotas", { year: String(preview.firstQuotaYear), count: f.number(preview.quotas.length) })}
        items={preview.quotas.map((q) => t("org.editor.quota", { unit: q.unit, year: String(q.year), category: labels.category[q.category], quota: f.number(q.quota), to: q.to.map((p) => `${p.name} ${f.number(p.quota)}`).join(", ") }))}
        testId="preview-quotas"
      />
    </section>
  );
}
