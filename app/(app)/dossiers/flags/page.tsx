// Inspection flags: open ones first by default, resolvable here; inspectors only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resolveInspectionFlag } from "@/app/(app)/dossiers/actions";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { FlagList } from "@/components/dossiers/flag-list";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listFlags } from "@/lib/data/inspection-flags";
import { t } from "@/lib/i18n";
import { searchParam, type SearchParams } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("flags.title") };

const STATUSES = ["OPEN", "RESOLVED"] as const;

export default async function FlagsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "inspectionFlag.manage")) notFound();
  const wanted = searchParam(await searchParams, "status");
  const status = wanted === "all" ? undefined : (STATUSES.find((s) => s === wanted) ?? "OPEN");
  const flags = await listFlags(viewer, { status });
  const tabs = [
    { href: "/dossiers/flags", label: t("flags.status.OPEN"), current: status === "OPEN" },
    { href: "/dossiers/flags?status=RESOLVED", label: t("flags.status.RESOLVED"), current: status === "RESOLVED" },
    { href: "/dossiers/flags?status=all", label: t("dossiers.filter.all"), current: status === undefined },
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: t("dossiers.province"), href: "/dossiers" }, { label: t("flags.title") }]} />
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("flags.title")}</h1>
      <nav aria-label={t("flags.filter")} className="flex gap-4 text-sm font-semibold">
        {tabs.map((tab) => (
          <Link key={tab.href} href={tab.href} aria-current={tab.current ? "page" : undefined} className="text-brand-700 underline">
            {tab.label}
          </Link>
        ))}
      </nav>
      <FlagList flags={flags} resolve={resolveInspectionFlag} />
    </div>
  );
}
