// A deployment that holds old Ninh Thuận's data alone gets the 2025 reorganisation by recording it
// (issue 15, item 6): `npm run org:record-2025` applies the acts through the same path as the editor.
// Checked here on a small Ninh Thuận-only database: the units end (none deleted), the successors
// exist, accounts move, the open report stays with its unit, next year's quota moves, the old
// province's index scores stay its own, every act is audited, a second run changes nothing; and a
// reorganisation that fails its checks changes nothing at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NINH_THUAN_UNITS } from "@/lib/demo/organisation";
import type { Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { openTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
let db: PrismaClient;
const id = new Map<string, number>();

const date = (day: string) => new Date(`${day}T00:00:00Z`);
const at = (local: string) => new Date(`${local}+07:00`);

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  // old Ninh Thuận as its deployment holds it: every unit in force, no act recorded
  for (const unit of NINH_THUAN_UNITS) {
    const row = await db.agency.create({
      data: { code: unit.code, name: unit.name, kind: unit.kind, level: unit.level, validFrom: date("2021-01-01"), parentId: unit.parentCode ? id.get(unit.parentCode)! : null },
    });
    id.set(unit.code, row.id);
  }
  await db.setting.create({ data: { key: "province", value: { name: "Ninh Thuận", code: "58" } } });
  await db.setting.create({ data: { key: "data_as_of", value: "2026-11-20" } });
  const user = (username: string, role: "HOME_AFFAIRS" | "AGENCY", code: string) => db.user.create({ data: { username, fullName: username, passwordHash: "x", role, agencyId: id.get(code)! } });
  await user("sonoivu", "HOME_AFFAIRS", "SNV");
  await user("stuphap", "AGENCY", "STP");
  await user("prtc", "AGENCY", "H-PRTC");
  const field = await db.procedureField.create({ data: { code: "HT", name: "Hộ tịch" } });
  const procedure = await db.procedure.create({ data: { code: "T-HT-1", name: "Cấp bản sao trích lục hộ tịch", fieldId: field.id, level: "PROVINCE", statutoryDays: 5 } });
  for (const [i, code] of ["STP", "STP", "STP", "H-PRTC", "X-PRTC-05"].entries()) {
    await db.dossier.create({
      data: { code: `D-${i}`, procedureId: procedure.id, agencyId: id.get(code)!, channel: "ONLINE", receivedAt: at("2023-05-10T09:00:00"), dueAt: at("2023-05-17T17:00:00"), resolvedAt: at("2023-05-12T10:00:00") },
    });
  }
  const index = await db.indexDefinition.create({ data: { code: "PAPI", name: "PAPI", nameEn: "PAPI", unit: "POINTS", maxScore: 80 } });
  await db.indexScore.create({ data: { indexId: index.id, year: 2023, score: 45.5054, rank: 6, rankOf: 61, source: "https://baoninhthuan.com.vn" } });
  await db.staffingQuota.create({ data: { agencyId: id.get("SYT")!, year: 2026, category: "CIVIL_SERVANT", quota: 55, actualHeadcount: 52 } });
  const period = await db.reportingPeriod.create({ data: { year: 2025, quarter: 2, opensAt: at("2025-06-16T00:00:00"), deadline: at("2025-07-15T23:59:59"), locksAt: at("2025-07-30T23:59:59") } });
  await db.report.create({ data: { agencyId: id.get("H-NS")!, periodId: period.id, status: "DRAFT" } });
});

afterAll(async () => {
  await database?.close();
});

describe("recording the 2025 reorganisation on old Ninh Thuận's database", () => {
  it("ends every unit, creates its successors, moves accounts and quotas, keeps the old province's scores, audits each act", async () => {
    const { unsafeRecordDemoActs } = await import("@/lib/data/record-acts");
    const reports = await unsafeRecordDemoActs({ actor: "sonoivu", users: "move" });
    expect(reports.filter((r) => r.applied).map((r) => r.actNumber)).toEqual([
      "1198/NQ-UBTVQH15",
      "Nghị quyết của HĐND tỉnh Ninh Thuận về thành lập, tổ chức lại các sở (02/2025)",
      "202/2025/QH15",
      "1667/NQ-UBTVQH15",
      "Luật Tổ chức chính quyền địa phương năm 2025",
    ]);
    const agencies = await db.agency.findMany({ select: { id: true, code: true, validTo: true } });
    // nothing deleted: the 91 old units are all there, ended; 6 + 14 + 24 successors in force
    expect(agencies.filter((a) => id.has(a.code)).every((a) => a.validTo !== null)).toBe(true);
    expect(agencies.filter((a) => a.validTo === null).map((a) => a.code).sort()).toHaveLength(14 + 24);
    expect(agencies.filter((a) => a.code.startsWith("NT25-"))).toHaveLength(6);
    const byCode = new Map(agencies.map((a) => [a.code, a]));
    expect(byCode.get("X-PRTC-10")!.validTo).toEqual(date("2024-10-31"));
    expect(byCode.get("SKHDT")!.validTo).toEqual(date("2025-02-28"));
    expect(byCode.get("STP")!.validTo).toEqual(date("2025-06-30"));

    const users = new Map((await db.user.findMany({ select: { username: true, agencyId: true, active: true } })).map((u) => [u.username, u]));
    expect(users.get("stuphap")!.agencyId).toBe(byCode.get("T-STP")!.id);
    expect(users.get("sonoivu")!.agencyId).toBe(byCode.get("T-SNV")!.id);
    expect(byCode.get([...byCode.values()].find((a) => a.id === users.get("prtc")!.agencyId)!.code)!.validTo).toBeNull();

    // the open report stays with the district; next year's quota moved to today's Sở Y tế
    expect(await db.report.count({ where: { agencyId: id.get("H-NS")! } })).toBe(1);
    expect(await db.staffingQuota.findMany({ where: { year: 2026 }, select: { agencyId: true, quota: true, actualHeadcount: true } })).toEqual([
      { agencyId: byCode.get("T-SYT")!.id, quota: 55, actualHeadcount: 52 },
    ]);
    expect(await db.indexScore.findFirst({ select: { formerProvince: true, score: true } })).toMatchObject({ formerProvince: "Ninh Thuận" });
    expect((await db.setting.findUnique({ where: { key: "province" } }))!.value).toEqual({ name: "Khánh Hòa", code: "56" });
    expect(await db.auditLog.count({ where: { action: "REORGANISATION_APPLIED" } })).toBe(5);
    expect(await db.rankingGroupMember.count({ where: { year: 2026 } })).toBe(14 + 24);
  });

  it("reads today's Sở Tư pháp with old Sở Tư pháp's dossiers, and split Đông Hải by its shares", async () => {
    const { getDossierCountsBy } = await import("@/lib/data/dossier-stats");
    const { unitLens } = await import("@/lib/data/province/unit-lens");
    const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };
    const lens = await unitLens("today");
    const tstp = (await db.agency.findUnique({ where: { code: "T-STP" } }))!.id;
    const period = { kind: "year" as const, from: "2023-01-01", to: "2023-12-31" };
    const rows = await getDossierCountsBy(leader, period, "province", { agencyIds: lens.sourcesOf(tstp) }, { perAgency: true });
    expect(lens.unitGroups(rows, tstp, ["received"] as const).get("")!.received).toBe(3);
    const dongHai = (await db.agency.findUnique({ where: { code: "P-DONG-HAI" } }))!.id;
    expect(lens.partOf(id.get("X-PRTC-05")!, dongHai, 100)).toBe(85);
  });

  it("changes nothing when run again", async () => {
    const { unsafeRecordDemoActs } = await import("@/lib/data/record-acts");
    const before = await db.agency.count();
    const reports = await unsafeRecordDemoActs({ actor: "sonoivu", users: "move" });
    expect(reports.every((r) => r.applied === null)).toBe(true);
    expect(await db.agency.count()).toBe(before);
  });
});

describe("a reorganisation entered by hand", () => {
  it("is refused as a whole, with every problem, when its shares do not add up", async () => {
    const { applyReorganisation } = await import("@/lib/data/reorganisation-apply");
    const viewer: Viewer = { userId: (await db.user.findUnique({ where: { username: "sonoivu" } }))!.id, role: "HOME_AFFAIRS", agencyId: null };
    const [a, b] = await db.agency.findMany({ where: { code: { in: ["X-CA-NA", "X-PHUOC-HA"] } }, select: { id: true }, orderBy: { id: "asc" } });
    const counts = async () => [await db.agency.count(), await db.reorganisation.count(), await db.reorganisationLine.count()];
    const before = await counts();
    const draft = {
      act: { actNumber: "99/NQ-TEST", actDate: "2026-10-01", issuer: "HĐND tỉnh", title: "Thử", effectiveOn: "2026-11-01", note: null, synthetic: true },
      newUnits: [{ key: "n", code: "X-TEST", name: "Xã Thử", shortName: null, kind: "COMMUNE" as const, level: "COMMUNE" as const, parent: null }],
      lines: [
        { kind: "SPLIT" as const, predecessorId: a!.id, successor: { created: "n" }, share: 0.5, toParent: null, note: null },
        { kind: "SPLIT" as const, predecessorId: a!.id, successor: { existing: b!.id }, share: 0.4, toParent: null, note: null },
      ],
    };
    const error = await db.$transaction((tx) => applyReorganisation(tx, viewer, draft, [])).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldMessages()["lines.0.share"]).toEqual(["Tỷ lệ kế thừa của Xã Cà Ná cộng lại bằng 0.9000, phải bằng 1."]);
    expect(await counts()).toEqual(before);

    const applied = await db.$transaction((tx) => applyReorganisation(tx, viewer, { ...draft, lines: [draft.lines[0]!, { ...draft.lines[1]!, share: 0.5 }] }, []));
    expect(applied.closed).toEqual([a!.id]);
    expect((await db.agency.findUnique({ where: { id: a!.id } }))!.validTo).toEqual(date("2026-10-31"));
  });
});
