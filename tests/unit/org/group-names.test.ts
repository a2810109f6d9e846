// A ranking group's (khối) name in the reader's language (issue 23): Home Affairs may give it in
// English beside the Vietnamese; an English reader gets that, a Vietnamese reader the Vietnamese,
// and a group without one reads the same in both.
import { describe, expect, it } from "vitest";
import { leagueXlsxRows } from "@/components/scorecard/scorecard-xlsx";
import { fixedIntl } from "@/lib/i18n/fixed";
import { DEFAULT_LEAGUE_SORT, type LeagueRow } from "@/lib/metrics/scorecard";
import type { RankingGroupDef } from "@/lib/org/groups";
import { RANKING_GROUPS } from "@/lib/demo/reference-data";

const row = (agencyId: number): LeagueRow => ({
  agencyId, agencyName: `Đơn vị ${agencyId}`, closedOn: null, lateRate: 0.01 * agencyId, lateRateYearAgo: null, toProcess: 10,
  taskOnTimeRate: null, tasksAssigned: 0, tasksDecided: 0, rating: null, ratingYear: null, breaksLateRule: false,
});

const groups: RankingGroupDef[] = [
  { id: 1, code: "SBN", name: "Sở, ban, ngành", nameEn: "Departments and agencies", sortOrder: 1, members: [1] },
  { id: 2, code: "KHAC", name: "Khối khác", nameEn: null, sortOrder: 2, members: [2] },
];

describe("ranking group names", () => {
  it("reads the English name to English readers, the Vietnamese one otherwise, and the Vietnamese where there is no English", () => {
    const league = { rows: [row(1), row(2)], groups };
    const named = (locale: "vi" | "en") => leagueXlsxRows(fixedIntl(locale), league, DEFAULT_LEAGUE_SORT).map((r) => [r.agencyId, r.groupName]);
    expect(named("en")).toEqual([[1, "Departments and agencies"], [2, "Khối khác"]]);
    expect(named("vi")).toEqual([[1, "Sở, ban, ngành"], [2, "Khối khác"]]);
  });

  it("gives every group of the demo an English name", () => {
    expect(RANKING_GROUPS.filter((g) => !g.nameEn)).toEqual([]);
    expect(RANKING_GROUPS.find((g) => g.code === "XA")?.nameEn).toBe("Communes, wards and special zone");
  });
});
