// The tables drawn on the client from compact rows (issue 19) as a reader meets them, rendered the
// way the server renders them first: the drill-down level (links, the rule's note, the total row,
// sort links), a page of dossiers (links carrying the list's parameters, repeated names, the
// outcome) and a table of text cells (test ids from the row's key), each inside a provider with
// the Vietnamese catalogue (the tables read their words through next-intl).
import { createElement } from "react";
import { renderIntl } from "@/tests/support/intl";
import { describe, expect, it } from "vitest";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { DrillTable } from "@/components/dossiers/drill-table";
import { HeatMap } from "@/components/dossiers/heat-map";
import { ReportBoard } from "@/components/reports/report-board";
import { fixedIntl } from "@/lib/i18n/fixed";
import { TextTable } from "@/components/ui/text-table";
import type { DossierListRow } from "@/lib/data/dossier-list";
import { drillRow, type DrillRow } from "@/lib/metrics/drill-down";
import { packAffixes } from "@/lib/ui/compact-rows";

const counts = (received: number, resolvedLate: number) => ({
  carriedOver: 0, received, resolvedEarly: 0, resolvedOnTime: received - resolvedLate, resolvedLate, overdueAtEnd: 0,
  receivedOnline: 0, synced: 0, digitized: 0, electronic: 0,
});

describe("DrillTable", () => {
  const rows: DrillRow[] = [drillRow("54", "Sở Tư pháp", counts(1200, 300), "agency"), drillRow("7", "Sở \"Y tế\" & <KH>", counts(10, 0), "agency")];
  const html = renderIntl(
    createElement(DrillTable, {
      caption: "Hồ sơ theo cơ quan",
      nameHeader: "Cơ quan",
      rows,
      total: drillRow("total", "Tỉnh Khánh Hòa", counts(1210, 300)),
      sort: { key: "lateRate", dir: "desc" },
      sortHref: (sort) => `/dossiers?sort=${sort.key}&dir=${sort.dir}`,
      rowHref: (row) => (row.key === "7" ? null : `/dossiers/agencies/${row.key}?period=2024-Q2`),
      ruleLabel: "Vượt ngưỡng",
      testId: "drill-agencies",
    }),
  );

  it("links each row's name, escapes names, and notes the rows that break the rule", () => {
    expect(html).toContain('<tr data-key="54"><th scope="row" class="cell-h"><a class="cell-a" href="/dossiers/agencies/54?period=2024-Q2">Sở Tư pháp</a><span class="ml-2');
    expect(html).toContain(">Vượt ngưỡng</span>");
    expect(html).toContain('<tr data-key="7"><th scope="row" class="cell-h">Sở &quot;Y tế&quot; &amp; &lt;KH&gt;</th>');
    expect(html.match(/Vượt ngưỡng/g)).toHaveLength(1);
  });

  it("shows the figures formatted, the total last and a sort link per column", () => {
    expect(html).toContain('<td class="cell-n">1.200</td>');
    expect(html).toContain('<tfoot class="border-t-2 border-border bg-brand-50/50 font-semibold"><tr data-key="total"><th scope="row" class="cell">Tổng: Tỉnh Khánh Hòa</th><td class="cell-n">0</td><td class="cell-n">1.210</td>');
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('href="/dossiers?sort=lateRate&amp;dir=asc"');
    expect(html).toContain('href="/dossiers?sort=name&amp;dir=asc"');
    expect(html.match(/<th scope="col"/g)).toHaveLength(10);
  });
});

describe("DossierTable", () => {
  const row = (id: number, agencyName: string, outcome: DossierListRow["outcome"]): DossierListRow => ({
    id, code: `KH-240628-${id}`, agencyId: 1, agencyName, procedureName: "Cấp phiếu lý lịch tư pháp", channel: "ONLINE",
    receivedAt: new Date("2024-06-28T03:00:00Z"), dueAt: new Date("2024-07-05T03:00:00Z"), resolvedAt: null,
    apologyIssuedAt: null, rescheduleCount: 0, officialName: "Nguyễn Văn A", outcome,
  });
  const render = (showOfficials: boolean) =>
    renderIntl(createElement(DossierTable, { rows: [row(11, "Sở Tư pháp", "LATE"), row(12, "Sở Tư pháp", "PENDING")], showOfficials, caption: "Trang 1", testId: "dossier-list", detailSearch: "?period=2024-Q2&status=late" }));

  it("links each code to its dossier with the list's parameters and repeats the shared names", () => {
    const html = render(true);
    expect(html).toContain('<tr data-code="KH-240628-11"><th scope="row" class="cell-h font-mono"><a class="cell-a" href="/dossiers/11?period=2024-Q2&amp;status=late">KH-240628-11</a></th>');
    expect(html.match(/<td class="cell">Sở Tư pháp<\/td>/g)).toHaveLength(2);
    expect(html.match(/Nguyễn Văn A/g)).toHaveLength(2);
    expect(html).toContain('<span class="badge bg-accent-100 text-accent-700">');
    expect(html.match(/<th scope="col"/g)).toHaveLength(9);
  });

  it("leaves the officials' column out for a viewer who may not read names", () => {
    const html = render(false);
    expect(html).not.toContain("Nguyễn Văn A");
    expect(html.match(/<th scope="col"/g)).toHaveLength(8);
  });
});

describe("TextTable", () => {
  it("draws text cells behind the row's key, with test ids and a key attribute per row", () => {
    const html = renderIntl(
      createElement(TextTable, {
        caption: "Tổng",
        columns: [{ key: "name", header: "Chỉ tiêu", rowHeader: true }, { key: "total", header: "Tổng", numeric: true, testIdPrefix: "approved" }],
        rows: [["A1", "Hồ sơ đúng hạn", "99,47 %"]],
        rowKeyAttribute: "data-indicator",
      }),
    );
    expect(html).toContain('<tr data-indicator="A1"><th scope="row" class="cell-h">Hồ sơ đúng hạn</th><td class="cell-n" data-testid="approved-A1">99,47 %</td></tr>');
  });

  it("links the first cell of each row from packed links", () => {
    const html = renderIntl(
      createElement(TextTable, {
        caption: "Hồ sơ chưa xin lỗi",
        columns: [{ key: "c0", header: "Mã hồ sơ", rowHeader: true }, { key: "c1", header: "Cơ quan" }],
        rows: [["11", "KH-1", "Sở Tư pháp"], ["12", "KH-2", "Sở Y tế"]],
        links: packAffixes(["/dossiers/11", "/dossiers/12"]),
      }),
    );
    expect(html).toContain('<tr><th scope="row" class="cell-h"><a class="cell-a" href="/dossiers/11">KH-1</a></th><td class="cell">Sở Tư pháp</td></tr>');
    expect(html).toContain('<a class="cell-a" href="/dossiers/12">KH-2</a>');
  });
});

describe("HeatMap", () => {
  it("links each month's rate with its name for screen readers, bands it, and leaves later months unlinked", () => {
    const months = [{ key: "2024-05-01", label: "05" }, { key: "2024-06-01", label: "06" }, { key: "2024-07-01", label: "07" }];
    const html = renderIntl(
      createElement(HeatMap, {
        caption: "Bản đồ nhiệt 2024",
        year: 2024,
        linkSuffix: "&units=time",
        months,
        rows: [{
          agencyId: 54,
          name: "Sở Tư pháp",
          cells: [
            { month: "2024-05-01", label: "Tháng 05/2024", lateRate: 0.125, href: "/x" },
            { month: "2024-06-01", label: "Tháng 06/2024", lateRate: null, href: "/x" },
            { month: "2024-07-01", label: "Tháng 07/2024", lateRate: null, href: null },
          ],
        }],
      }),
    );
    expect(html).toContain('<td class="cell-n heat-4"><a aria-label="Sở Tư pháp, Tháng 05/2024: 12,50\u00a0%" class="heat-a" href="/dossiers/agencies/54?period=2024-05&amp;units=time">12,50\u00a0%</a></td>');
    expect(html).toContain('<td class="cell-n heat-0"><a aria-label="Sở Tư pháp, Tháng 06/2024: –" class="heat-a" href="/dossiers/agencies/54?period=2024-06&amp;units=time">–</a></td>');
    expect(html).toContain('<td class="cell-n heat-0">–</td></tr>');
    expect(html).toContain('data-column="2024-07-01"');
  });
});

describe("ReportBoard", () => {
  it("opens each quarter's report from its cell, names the agency and quarter first, and counts changes after approval", () => {
    const period = (quarter: number) => ({ id: quarter, year: 2026, quarter, opensAt: new Date(0), deadline: new Date(0), locksAt: new Date(0) });
    const html = renderIntl(
      createElement(ReportBoard, {
        caption: "Báo cáo",
        intl: fixedIntl("vi"),
        periods: [period(1), period(2)],
        keyOf: (p) => `${p.year}-Q${p.quarter}`,
        label: (p) => `Quý ${p.quarter}/${p.year}`,
        rows: [{ agencyId: 78, agencyName: "Sở Văn hóa", kind: "DEPARTMENT", cells: [
          { status: "APPROVED", timeliness: "onTime", changedSinceApproval: 1234 },
          { status: "NOT_STARTED", timeliness: "missing", changedSinceApproval: 0 },
        ] }],
      }),
    );
    expect(html).toContain('<tr data-agency="78"><th scope="row" class="cell-h">Sở Văn hóa</th><td class="cell" data-period="2026-Q1"><a class="block space-y-0.5 hover:underline" href="/reports/2026-Q1/78"><span class="sr-only">Sở Văn hóa, Quý 1/2026: </span>');
    expect(html).toContain('data-status="APPROVED"');
    expect(html).toContain(": 1.234</span></a></td>");
    expect(html).toContain('<td class="cell" data-period="2026-Q2"><a class="block space-y-0.5 hover:underline" href="/reports/2026-Q2/78">');
    // one count of changes: the quarter not started has none
    expect(html.match(/block text-xs text-accent-700">/g)).toHaveLength(1);
    expect(html).toContain('<span class="text-xs text-accent-700 font-semibold">');
  });
});
