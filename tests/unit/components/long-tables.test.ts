// The long tables of the staffing, tasks and service index pages, drawn on the client from compact
// rows (issue 19), as the server renders them first: every cell formatted in Vietnamese, the
// links, badges, marks and test ids the server-drawn tables carried, and nothing else.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderIntl } from "@/tests/support/intl";
import { RankingRows } from "@/components/service-index/ranking-rows";
import { QuotaTable } from "@/components/staffing/quota-table";
import { TaskList } from "@/components/tasks/task-list";
import { TasksByAgency } from "@/components/tasks/tasks-by-agency";
import type { QuotaRowView } from "@/lib/data/staffing";
import type { TaskListPage } from "@/lib/data/task-list";
import { yearPeriod } from "@/lib/metrics/periods";
import { packAffixes } from "@/lib/ui/compact-rows";

describe("QuotaTable", () => {
  const quota = (key: string, agencyId: number, agencyName: string, extra: Partial<QuotaRowView>): QuotaRowView => ({
    key, agencyId, agencyName, category: "CIVIL_SERVANT", quota: 1200, actualHeadcount: 1180, vacancies: 20, overQuota: 0, streamlined: 3,
    decisionNumber: null, decisionDate: null, sourceRows: 1, ...extra,
  });
  const html = renderIntl(
    createElement(QuotaTable, {
      rows: [
        quota("1", 54, "Sở Tư pháp", { decisionNumber: "12/QĐ-UBND", decisionDate: new Date("2024-03-05T00:00:00Z") }),
        quota("2", 7, "Sở Y tế", { category: "PUBLIC_EMPLOYEE", actualHeadcount: 1212, vacancies: null, overQuota: 12, sourceRows: 2 }),
        quota("3", 9, "Xã Ninh Sơn", { category: "COMMUNE_OFFICIAL", actualHeadcount: null }),
      ],
      years: [2024, 2023],
      year: 2024,
      query: { over: false, units: "today" },
    }),
  );

  it("draws each row's agency link, category and figures", () => {
    expect(html).toContain('<tr data-testid="quota-row" data-over="false"><th scope="row" class="cell-h"><a class="cell-a" href="/agencies/54">Sở Tư pháp</a></th><td class="cell">Công chức (hành chính)</td><td class="cell-n">1.200</td><td class="cell-n">1.180</td><td class="cell-n">20</td><td class="cell-n">3</td><td class="cell">12/QĐ-UBND ngày 05/03/2024</td></tr>');
    expect(html).toContain('<td class="cell">Cán bộ, công chức cấp xã</td><td class="cell-n">1.200</td><td class="cell-n">chưa báo cáo</td>');
  });

  it("flags a headcount over the quota and notes a unit made of several sources", () => {
    expect(html).toContain('<tr class="bg-accent-100" data-testid="quota-row" data-over="true">');
    expect(html).toContain('<td class="cell-n">1.212<span class="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-semibold text-white">Vượt 12</span></td><td class="cell-n">—</td>');
    expect(html).toContain('<a class="cell-a" href="/agencies/7">Sở Y tế</a><span class="block text-xs font-normal text-muted">');
    expect(html.match(/data-testid="quota-row"/g)).toHaveLength(3);
  });
});

describe("TasksByAgency", () => {
  const counts = { assigned: 10, doneOnTime: 6, doneLate: 2, inProgress: 1, overdue: 1 };
  const rates = { onTimeRate: null, doneLateRate: null, completionRate: null, overdueRate: null };
  const html = renderIntl(
    createElement(TasksByAgency, {
      rows: [
        { agencyId: 54, agencyName: "Sở Tư pháp", counts, rates, overdueNow: 3 },
        { agencyId: 7, agencyName: "Sở Y tế", counts: { ...counts, overdue: 0 }, rates, overdueNow: 0 },
      ],
      listHref: (id: number) => `/tasks?period=2024&agency=${id}`,
    }),
  );

  it("links each agency to its tasks and marks only the agencies with tasks overdue now", () => {
    expect(html).toContain('<th scope="row" class="cell-h"><a class="cell-a" href="/tasks?period=2024&amp;agency=54">Sở Tư pháp</a></th><td class="cell-n">10</td><td class="cell-n">6</td>');
    expect(html).toContain('<td class="cell-n font-semibold text-accent-700">3</td>');
    expect(html).toContain('<td class="cell-n">0</td></tr></tbody>');
    expect(html.match(/text-accent-700/g)).toHaveLength(1);
  });
});

describe("TaskList", () => {
  const list: TaskListPage = {
    rows: [
      {
        id: 41, code: "NV-2024-041", title: "Rà soát thủ tục", agencyId: 54, agencyName: "Sở Tư pháp", documentNumber: "15/KH-UBND",
        documentDate: new Date("2024-01-10T00:00:00Z"), assignedAt: new Date("2024-01-12T00:00:00Z"), dueAt: new Date("2024-06-30T00:00:00Z"),
        completedAt: null, status: "OVERDUE",
      },
    ],
    total: 1, page: 1, pageCount: 1, statusDay: "2024-06-30",
  };
  const html = renderIntl(createElement(TaskList, { list, query: { period: yearPeriod(2024), agency: undefined, status: undefined, q: "", page: 1, units: "today" }, href: () => "/tasks", hidden: {} }));

  it("draws a task's code, document, dates and status badge", () => {
    expect(html).toContain('<tr data-testid="task-row"><th scope="row" class="cell-h max-w-md font-normal"><span class="block font-mono text-xs text-muted">NV-2024-041</span>Rà soát thủ tục</th><td class="cell">Sở Tư pháp</td>');
    expect(html).toContain('<td class="cell">15/KH-UBND<span class="block text-xs text-muted">10/01/2024</span></td><td class="cell tabular-nums">12/01/2024</td><td class="cell tabular-nums">30/06/2024</td><td class="cell tabular-nums">—</td>');
    expect(html).toContain('<span class="inline-block rounded px-2 py-0.5 text-xs font-semibold bg-accent-600 text-white">');
  });
});

describe("RankingRows", () => {
  const html = renderIntl(
    createElement(RankingRows, {
      caption: "Khối xã",
      headers: { position: "Hạng", unit: "Đơn vị", score: "Điểm", band: "Xếp loại", change: "Thay đổi", previousPosition: "Hạng kỳ trước", onTime: "Đúng hạn" },
      rows: [["9", "1", "Xã Ninh Sơn", "92,50", "92.5", "Tốt", "+1,20", "2", "98 / 100"], ["11", "—", "Xã Bác Ái", "—", "", "—", "—", "—", "—"]],
      links: packAffixes(["/service-index/9?period=2024-Q2", "/service-index/11?period=2024-Q2"]),
      testId: "service-index-group-XA",
    }),
  );

  it("links each unit and carries its score for the page's tests", () => {
    expect(html).toContain('<td class="cell-n">1</td><th scope="row" class="cell-h"><a class="text-brand-700 underline" href="/service-index/9?period=2024-Q2">Xã Ninh Sơn</a></th><td class="cell-n" data-score="92.5">92,50</td>');
    expect(html).toContain('<td class="cell-n" data-score="">—</td>');
    expect(html).toContain('<caption class="px-3 py-2 text-left font-semibold text-brand-900">Khối xã</caption>');
  });
});
