// The daily deadline notifications (issue 22): a report not sent N days before its quarter's
// deadline (NOTIFY_DEADLINE_DAYS), and a report not sent by it. The agency's reporters hear about
// their own report; Home Affairs gets one list per quarter and stage. Read with each recipient's
// scope (the review board of lib/data/reports/board.ts, as that viewer); each (quarter, stage,
// agency) notifies once — its dedupe key — however many days the stage lasts.
import "server-only";
import { getWriteDb } from "@/lib/db";
import { WRITE_TRANSACTION } from "@/lib/data/transaction";
import { getReportBoard } from "@/lib/data/reports/board";
import type { PeriodRow } from "@/lib/data/province/periods";
import { periodSelect } from "@/lib/data/province/periods";
import type { Words } from "@/lib/notifications/words";
import { localDateOf } from "@/lib/metrics/periods";
import { daysLeft, deadlineStage, nameList, type DeadlineStage } from "@/lib/notifications/scheduled";
import { scopeGroups, unsafeListAudience, unsafeViewerOf } from "./audience";
import { unsafeWriteNotifications, type MailSettings } from "./deliver";
import type { Message } from "./recipients";

const KIND = { soon: "DEADLINE_SOON", passed: "DEADLINE_PASSED" } as const satisfies Record<DeadlineStage, Message["kind"]>;

function words({ f }: Words, period: PeriodRow, now: Date) {
  return { quarter: period.quarter, year: period.year, deadline: f.localDate(localDateOf(period.deadline)), days: f.number(daysLeft(period.deadline, now)) };
}

/**
 * Notifies today's deadline stages of the quarters open for reporting; returns how many notifications it wrote.
 * Scope: every figure comes from getReportBoard read as the recipient's own viewer (./audience.ts).
 */
export async function unsafeRunDeadlineNotifications(now: Date, soonDays: number, mail: MailSettings): Promise<number> {
  const periods = await getWriteDb().reportingPeriod.findMany({ where: { opensAt: { lte: now }, locksAt: { gte: now } }, select: periodSelect, orderBy: [{ year: "asc" }, { quarter: "asc" }] });
  if (periods.length === 0) return 0;
  const messages: { message: Message; key: string }[] = [];
  for (const group of scopeGroups(await unsafeListAudience(["AGENCY", "HOME_AFFAIRS"]))) {
    const board = await getReportBoard(await unsafeViewerOf(group.users[0]!), periods, now);
    periods.forEach((period, index) => {
      const due = (stage: DeadlineStage) => board.rows.filter((row) => deadlineStage(row.cells[index]!.timeliness, period.deadline, now, soonDays) === stage);
      for (const stage of ["soon", "passed"] as const) {
        const rows = due(stage);
        if (group.role === "AGENCY") {
          // its own row only (the board also lists the units it succeeded, whose reports were theirs)
          const own = rows.find((row) => row.agencyId === group.agencyId);
          if (!own) continue;
          messages.push({
            key: `deadline:${stage}:${period.id}:${own.agencyId}`,
            message: {
              kind: KIND[stage],
              text: (w) => {
                const values = words(w, period, now);
                return { title: w.t(`notifications.msg.${KIND[stage]}.title`, values), body: w.t(`notifications.msg.${KIND[stage]}.body`, values) };
              },
              link: `/reports/${period.year}-Q${period.quarter}/${own.agencyId}`,
              recipients: group.users,
            },
          });
        } else if (rows.length > 0) {
          const list = nameList(rows.map((row) => row.agencyName));
          messages.push({
            key: `deadline:${stage}:${period.id}`,
            message: {
              kind: KIND[stage],
              text: (w) => ({
                title: w.t(`notifications.msg.${KIND[stage]}.list`, { ...words(w, period, now), count: w.f.number(rows.length) }),
                body: w.t(list.more > 0 ? "notifications.msg.namesMore" : "notifications.msg.names", { names: list.shown, more: w.f.number(list.more) }),
              }),
              link: `/reports?period=${period.year}-Q${period.quarter}${stage === "passed" ? "&status=missing" : ""}`,
              recipients: group.users,
            },
          });
        }
      }
    });
  }
  return getWriteDb().$transaction(async (tx) => {
    let written = 0;
    for (const { message, key } of messages) written += (await unsafeWriteNotifications(tx, message, key, mail)).length;
    return written;
  }, WRITE_TRANSACTION);
}
