// The scorecard print read back with pdfjs-dist: a full province (120 units, 60 approved
// indicators, tasks and indices) holds in at most four A4 pages, every page carries the print date,
// the data's day and its number, the worst unit heads the league and its figures are the workbook's.
import { beforeAll, describe, expect, it } from "vitest";
import { scorecardPrint, PRINT_LEAGUE_ENDS } from "@/components/scorecard/scorecard-print";
import type { ScorecardData } from "@/lib/api/scorecard-data";
import { scorecardPdf, SCORECARD_MAX_PAGES } from "@/lib/export/pdf/scorecard";
import { fixedIntl } from "@/lib/i18n/fixed";
import { dossierFigures } from "@/lib/metrics/dossiers";
import type { LeagueRow } from "@/lib/metrics/scorecard";
import { readPdf, squash, type PdfPage } from "./pdf-text";

const counts = (received: number, late: number) => ({
  carriedOver: 1_000, received, resolvedEarly: 728_384, resolvedOnTime: 3_013_676, resolvedLate: late, overdueAtEnd: 10,
  receivedOnline: 2_000_000, synced: 3_000_000, digitized: 1_500_000, electronic: 0,
});
const figures = dossierFigures(counts(3_761_706, 12_514));
const taskCounts = { assigned: 16_298, doneOnTime: 15_107, doneLate: 1_104, inProgress: 61, overdue: 26 };
const taskRates = { onTimeRate: 0.9269, completionRate: 0.99 };
const taskPeriod = { period: { kind: "quarter", from: "2024-04-01", to: "2024-06-30" }, statusDay: "2024-06-30", counts: taskCounts, rates: taskRates } as const;

const league: LeagueRow[] = Array.from({ length: 120 }, (_, i) => ({
  agencyId: i + 1,
  agencyName: `Ủy ban nhân dân xã Phước Đồng số ${i + 1}`,
  closedOn: null,
  lateRate: (120 - i) / 1000,
  lateRateYearAgo: null,
  toProcess: 1_000 + i,
  taskOnTimeRate: 0.9,
  tasksAssigned: 40,
  tasksDecided: 36,
  rating: "GOOD",
  ratingYear: 2023,
  breaksLateRule: (120 - i) / 1000 >= 0.1,
}));

const DATA = {
  period: { kind: "quarter", from: "2024-04-01", to: "2024-06-30" },
  units: "today",
  labels: { current: "Quý II/2024", previous: "Kỳ trước: Quý I/2024", yearAgo: "Cùng kỳ năm trước: Quý II/2023" },
  dossiers: { current: figures, previous: figures, yearAgo: figures, overdueNow: 10, dataAsOf: "2024-08-31" },
  tasks: { current: { ...taskPeriod, overdueNow: 26 }, previous: taskPeriod, yearAgo: taskPeriod },
  league: { view: "today", groupYear: null, groups: [], rows: league },
  approved: Array.from({ length: 60 }, (_, i) => ({ code: `CT${i + 1}`, nameVi: `Số thủ tục hành chính được rà soát, đơn giản hóa ${i + 1}`, area: "INSTITUTION", unit: "COUNT", aggregation: "sum", value: 1_777 + i, reports: 91 })),
  indices: ["PAR", "SIPAS", "PAPI", "PCI", "DTI"].map((code) => ({ code, name: `Chỉ số ${code}`, unit: "PERCENT", maxScore: 100, former: [], latestYear: 2023, score: 85.12, rank: 20, rankOf: 63, recalculated: false, scoreChange: null, rankChange: null })),
  series: { window: { kind: "year", from: "2024-01-01", to: "2024-12-31" }, months: [] },
} as unknown as ScorecardData;

describe("the scorecard print", () => {
  let pages: PdfPage[] = [];
  let count = 0;
  beforeAll(async () => {
    const print = scorecardPrint(DATA, { province: "Khánh Hòa", dataAsOf: "31/08/2024", printedAt: new Date("2026-12-02T06:10:00Z") }, fixedIntl("vi"));
    const file = await scorecardPdf(print);
    count = file.pages;
    ({ pages } = await readPdf(file.body));
  }, 30_000);

  it("holds in at most four A4 pages at scale 1", () => {
    expect(pages.length).toBe(count);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(SCORECARD_MAX_PAGES);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
  });

  it("prints the print date, the data's day and the page on every page", () => {
    pages.forEach((page, i) => expect(squash(page.bottom)).toBe(squash(`In ngày 13:10 02/12/2026 · Số liệu đến ngày 31/08/2024 · Trang ${i + 1}/${pages.length}`)));
  });

  it("shows the headline figures and the league's ends with the workbook's numbers", () => {
    const all = squash(pages.map((p) => p.text).join(""));
    expect(all).toContain(squash("Hồ sơ tiếp nhận"));
    expect(all).toContain("3.761.706");
    expect(all).toContain(squash(`${PRINT_LEAGUE_ENDS} đơn vị có tỷ lệ trễ hạn cao nhất`));
    // the worst unit (12,00 % late) first, the best (0,10 %) among the last rows
    expect(all).toContain(squash("1Ủy ban nhân dân xã Phước Đồng số 112,00%1.000"));
    expect(all).toContain(squash("Ủy ban nhân dân xã Phước Đồng số 1200,10%1.119"));
    expect(all).not.toContain(squash("Phước Đồng số 60 "));
  });
});
