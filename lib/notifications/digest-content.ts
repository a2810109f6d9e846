// What a weekly digest says (issue 22), from figures already read with the recipient's scope
// (lib/data/notifications/digests.ts). Pure: the unit tests check the lines and the rule crossings.
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { wordsOf, type Words } from "@/lib/notifications/words";
import { agencyBreaksLateRule, officialBreaksLateRule } from "@/lib/metrics/dossiers";
import type { LocalDate } from "@/lib/metrics/periods";

/** ISO-8601 week of a UTC instant, e.g. "2026-W48": the key that makes a week's digest one per person. */
export function isoWeekKey(instant: Date): string {
  const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export type RuleSubject = "agency" | "official";

/** Whether a late rate breaks the province's rule for `subject` (DESIGN §6: agencies ≥ 10 %, officials > 10 %). */
export function breaksLateRule(subject: RuleSubject, lateRate: number | null): boolean {
  return subject === "agency" ? agencyBreaksLateRule(lateRate) : officialBreaksLateRule(lateRate);
}

/** The units that break the rule now and did not at the earlier reading: they crossed it. */
export function crossedLateRule<K>(subject: RuleSubject, before: ReadonlyMap<K, number | null>, now: ReadonlyMap<K, number | null>): K[] {
  return [...now].filter(([key, rate]) => breaksLateRule(subject, rate) && !breaksLateRule(subject, before.get(key) ?? null)).map(([key]) => key);
}

const rate = ({ t, f }: Words, value: number | null) => (value === null ? t("digest.noData") : f.percent(value));

export type LeaderDigest = { week: string; province: string; day: LocalDate; lateRate: number | null; lateRateWeekBefore: number | null; crossed: string[] };

/** The digest in the recipient's language (`words`; Vietnamese unless chosen). */
export function leaderDigestLines(digest: LeaderDigest, words: Words = wordsOf()): { title: string; lines: string[] } {
  const { t, f } = words;
  return {
    title: t("digest.leader.title", { week: digest.week, province: digest.province }),
    lines: [
      t("digest.leader.late", { day: f.localDate(digest.day), rate: rate(words, digest.lateRate), previous: rate(words, digest.lateRateWeekBefore) }),
      digest.crossed.length > 0 ? t("digest.leader.crossed", { names: digest.crossed.join(", ") }) : t("digest.leader.noneCrossed"),
    ],
  };
}

export type AgencyDigest = {
  week: string;
  agency: string;
  day: LocalDate;
  lateRate: number | null;
  late: number;
  toProcess: number;
  overdueTasks: number;
  /** the agency's report in each quarter open for reporting ("NOT_STARTED": none yet) */
  reports: { year: number; quarter: number; deadline: LocalDate; status: ReportStatus | "NOT_STARTED" }[];
};

export function agencyDigestLines(digest: AgencyDigest, words: Words = wordsOf()): { title: string; lines: string[] } {
  const { t, f } = words;
  return {
    title: t("digest.agency.title", { week: digest.week, agency: digest.agency }),
    lines: [
      t("digest.agency.late", { day: f.localDate(digest.day), rate: rate(words, digest.lateRate), late: f.number(digest.late), total: f.number(digest.toProcess) }),
      t("digest.agency.tasks", { count: f.number(digest.overdueTasks) }),
      ...digest.reports.map((report) =>
        t("digest.agency.deadline", { quarter: report.quarter, year: report.year, deadline: f.localDate(report.deadline), status: t(`reports.status.${report.status}`) }),
      ),
    ],
  };
}
