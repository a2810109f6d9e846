// The demo's organisation and acts: the counts of the 2025 acts, and every line a database of today's
// Khánh Hòa would accept — each act passes the same checks as one entered by Home Affairs, and every
// unit of 30/06/2025 hands its whole history to today's units.
import { describe, expect, it } from "vitest";
import { AGENCIES, DEMO_USERS } from "@/lib/demo/organisation";
import { DEMO_ACTS } from "@/lib/demo/org/acts";
import { validateDraft, type PlanUnit, type ReorganisationDraft } from "@/lib/org/plan";
import { Succession } from "@/lib/org/succession";
import type { OrgLine } from "@/lib/org/types";

const index = new Map(AGENCIES.map((a, i) => [a.code, i + 1]));
const id = (code: string) => {
  const found = index.get(code);
  if (found === undefined) throw new Error(`unknown demo unit ${code}`);
  return found;
};
const units: PlanUnit[] = AGENCIES.map((a) => ({
  id: id(a.code), code: a.code, name: a.name, kind: a.kind, validFrom: a.validFrom, validTo: a.validTo,
  parentId: a.parentCode === undefined ? null : id(a.parentCode),
}));
const lines: OrgLine[] = DEMO_ACTS.flatMap((act) =>
  act.lines.map((line) => ({ kind: line.kind, predecessorId: id(line.predecessor), successorId: line.successor === null ? null : id(line.successor), share: line.share, effectiveOn: act.effectiveOn })),
);
const succession = new Succession(units, lines);
const inForce = (day: string) => AGENCIES.filter((a) => a.validFrom <= day && (a.validTo === null || a.validTo >= day));

describe("the demo's units", () => {
  it("have unique codes, and parents listed before children", () => {
    expect(new Set(AGENCIES.map((a) => a.code)).size).toBe(AGENCIES.length);
    AGENCIES.forEach((a, i) => {
      if (a.parentCode) expect(id(a.parentCode) - 1).toBeLessThan(i);
    });
  });

  it("are old Ninh Thuận's 19 departments, 7 districts and 65 communes (62 from 01/11/2024)", () => {
    const nt = AGENCIES.filter((a) => a.territory === "NT");
    const on = (day: string, kind: string) => nt.filter((a) => a.kind === kind && a.validFrom <= day && (a.validTo === null || a.validTo >= day)).length;
    expect([on("2024-06-30", "DEPARTMENT"), on("2024-06-30", "DISTRICT"), on("2024-06-30", "COMMUNE")]).toEqual([19, 7, 65]);
    expect(on("2024-11-01", "COMMUNE")).toBe(62);
    expect(on("2025-03-01", "DEPARTMENT")).toBe(14);
  });

  it("are old Khánh Hòa's 21 departments, 9 districts and 132 communes", () => {
    const kh = inForce("2024-06-30").filter((a) => a.territory === "KH");
    expect([kh.filter((a) => a.kind === "DEPARTMENT").length, kh.filter((a) => a.kind === "DISTRICT").length, kh.filter((a) => a.kind === "COMMUNE").length]).toEqual([21, 9, 132]);
  });

  it("are today's 14 departments and 65 commune-level units: 48 xã, 16 phường, 1 đặc khu, two tiers only", () => {
    const today = inForce("2026-11-20");
    expect(today.every((a) => a.territory === "ALL" && a.parentCode === undefined)).toBe(true);
    expect(today.filter((a) => a.kind === "DEPARTMENT")).toHaveLength(14);
    const communes = today.filter((a) => a.kind === "COMMUNE").map((a) => a.name.split(" ")[0]);
    expect([communes.filter((w) => w === "Xã").length, communes.filter((w) => w === "Phường").length, communes.filter((w) => w === "Đặc").length]).toEqual([48, 16, 1]);
  });

  it("leave every demo user of an agency on a unit in force today, except the one deactivated", () => {
    for (const u of DEMO_USERS.filter((u) => u.agencyCode)) {
      const unit = AGENCIES.find((a) => a.code === u.agencyCode)!;
      expect(unit.validTo === null, u.username).toBe(u.active !== false);
    }
  });
});

describe("the demo's acts", () => {
  it.each(DEMO_ACTS.map((act) => [act.actNumber, act] as const))("%s passes the checks of a reorganisation entered by hand", (_number, act) => {
    const draft: ReorganisationDraft = {
      act: { actNumber: act.actNumber, actDate: act.actDate, issuer: act.issuer, title: act.title, effectiveOn: act.effectiveOn, note: act.note, synthetic: act.synthetic },
      newUnits: [],
      lines: act.lines.map((line) => ({
        kind: line.kind, predecessorId: id(line.predecessor), successor: line.successor === null ? null : { existing: id(line.successor) },
        share: line.share, toParent: null, note: line.note,
      })),
    };
    expect(validateDraft(draft, { units })).toEqual([]);
  });

  it("end every unit that ends, and only those, each on the day before its act", () => {
    const ended = new Map(DEMO_ACTS.flatMap((act) => act.lines.map((line) => [line.predecessor, act.effectiveOn] as const)));
    for (const a of AGENCIES.filter((a) => a.validTo !== null)) {
      expect(ended.has(a.code), a.code).toBe(true);
    }
    for (const [code] of ended) expect(AGENCIES.find((a) => a.code === code)!.validTo, code).not.toBeNull();
  });

  it("hand the whole history of every unit of 2021–2025 to today's units", () => {
    for (const a of AGENCIES) {
      const shares = succession.currentUnitsOf(id(a.code), "2026-11-20");
      expect(shares.reduce((sum, s) => sum + s.share, 0), a.code).toBeCloseTo(1, 9);
      for (const s of shares) expect(units[s.agencyId - 1]!.validTo, a.code).toBeNull();
    }
  });

  it("split Phường Đông Hải between Đông Hải and Phước Dinh, and the Sở LĐ-TB&XH among three departments", () => {
    const of = (code: string) => succession.currentUnitsOf(id(code), "2026-11-20").map((s) => [AGENCIES[s.agencyId - 1]!.code, s.share]);
    expect(of("X-PRTC-05")).toEqual([["X-PHUOC-DINH", 0.15], ["P-DONG-HAI", 0.85]].sort((a, b) => id(a[0] as string) - id(b[0] as string)));
    expect(of("SLDTBXH").map(([code]) => code).sort()).toEqual(["T-SGDDT", "T-SNV", "T-SYT"]);
    expect(of("X-PRTC-10")).toEqual([["P-PHAN-RANG", 1]]);
  });
});
