// A reorganisation as Home Affairs enters it: what is refused (with the form field it concerns)
// and what applying it would move — units, users, open reports, quotas.
import { describe, expect, it } from "vitest";
import { decisionProblems, firstMovedQuotaYear, previewDraft, validateDraft, wordProblems, type PlanState, type PlanUnit, type ReorganisationDraft } from "@/lib/org/plan";
import { wordsOf } from "@/lib/notifications/words";
import { en } from "@/lib/i18n/messages/en";

const unit = (id: number, name: string, kind: PlanUnit["kind"], parentId: number | null, validTo: string | null = null): PlanUnit => ({
  id, code: `U${id}`, name, kind, parentId, validFrom: "2021-01-01", validTo,
});

const UNITS: PlanUnit[] = [
  unit(1, "Xã A", "COMMUNE", 10),
  unit(2, "Xã B", "COMMUNE", 10),
  unit(3, "Xã C", "COMMUNE", 10),
  unit(4, "Sở Lao động", "DEPARTMENT", null),
  unit(5, "Sở Nội vụ", "DEPARTMENT", null),
  unit(6, "Xã đã giải thể", "COMMUNE", 10, "2023-12-31"),
  unit(10, "Huyện X", "DISTRICT", null),
];

const STATE: PlanState = {
  units: UNITS,
  users: [
    { id: 100, username: "xaa", fullName: "Người xã A", role: "AGENCY", agencyId: 1, active: true },
    { id: 101, username: "xab", fullName: "Người xã B", role: "AGENCY", agencyId: 2, active: true },
    { id: 102, username: "cu", fullName: "Đã khóa", role: "AGENCY", agencyId: 2, active: false },
    { id: 103, username: "sonv", fullName: "Sở Nội vụ", role: "HOME_AFFAIRS", agencyId: 5, active: true },
  ],
  openReports: [{ id: 7, agencyId: 1, year: 2025, quarter: 2, status: "DRAFT" }],
  quotas: [
    { id: 1, agencyId: 4, year: 2025, category: "CIVIL_SERVANT", quota: 40, actualHeadcount: 38, streamlined: 1 },
    { id: 2, agencyId: 4, year: 2026, category: "CIVIL_SERVANT", quota: 41, actualHeadcount: null, streamlined: 3 },
  ],
};

const act = { actNumber: "1/NQ-TEST", actDate: "2025-06-16", issuer: "Ủy ban Thường vụ Quốc hội", title: "Sắp xếp", effectiveOn: "2025-07-01", note: null, synthetic: false };

const merger: ReorganisationDraft = {
  act,
  newUnits: [{ key: "ab", code: "X-AB", name: "Xã AB", shortName: null, kind: "COMMUNE", level: "COMMUNE", parent: { existing: 10 } }],
  lines: [
    { kind: "MERGE", predecessorId: 1, successor: { created: "ab" }, share: 1, toParent: null, note: null },
    { kind: "MERGE", predecessorId: 2, successor: { created: "ab" }, share: 1, toParent: null, note: null },
  ],
};

const split = (shares: number[]): ReorganisationDraft => ({
  act,
  newUnits: [{ key: "yt", code: "S-YT", name: "Sở Y tế", shortName: null, kind: "DEPARTMENT", level: "PROVINCE", parent: null }],
  lines: shares.map((share, i) => ({
    kind: "SPLIT" as const, predecessorId: 4, successor: i === 0 ? { existing: 5 } : { created: "yt" }, share, toParent: null, note: "theo lĩnh vực",
  })),
});

// the plan returns codes (issue 23); the caller words them, Vietnamese here
const messages = (draft: ReorganisationDraft) => wordProblems(validateDraft(draft, STATE), wordsOf()).map((p) => `${p.path}: ${p.message}`);

describe("checking a draft", () => {
  it("accepts a merger of two communes into a new one", () => {
    expect(validateDraft(merger, STATE)).toEqual([]);
  });

  it("refuses shares that do not add up to 1, and a split into one unit", () => {
    expect(messages(split([0.6, 0.3]))).toEqual(["lines.0.share: Tỷ lệ kế thừa của Sở Lao động cộng lại bằng 0.9000, phải bằng 1."]);
    expect(messages(split([1]))).toEqual(["lines.0: Chia tách Sở Lao động cần ít nhất hai đơn vị kế thừa."]);
    expect(validateDraft(split([0.6, 0.4]), STATE)).toEqual([]);
  });

  it("refuses to end a unit that has already ended, and a code that is taken", () => {
    const draft: ReorganisationDraft = {
      ...merger,
      newUnits: [{ ...merger.newUnits[0]!, code: "U3" }],
      lines: [...merger.lines, { kind: "MERGE", predecessorId: 6, successor: { created: "ab" }, share: 1, toParent: null, note: null }],
    };
    expect(messages(draft)).toEqual([
      "newUnits.0.code: Mã U3 đã được dùng cho một đơn vị khác.",
      "lines.2.predecessorId: Xã đã giải thể không còn hiệu lực vào ngày trước ngày có hiệu lực: một đơn vị chỉ kết thúc một lần.",
    ]);
  });

  it("refuses to abolish a district that still has communes, unless they move", () => {
    const abolish: ReorganisationDraft = { act, newUnits: [], lines: [{ kind: "ABOLISH", predecessorId: 10, successor: null, share: 1, toParent: null, note: null }] };
    expect(messages(abolish)).toEqual([
      "lines: Xã A còn trực thuộc Huyện X, đơn vị kết thúc theo văn bản này: chuyển Xã A sang đơn vị khác hoặc cho kết thúc.",
      "lines: Xã B còn trực thuộc Huyện X, đơn vị kết thúc theo văn bản này: chuyển Xã B sang đơn vị khác hoặc cho kết thúc.",
      "lines: Xã C còn trực thuộc Huyện X, đơn vị kết thúc theo văn bản này: chuyển Xã C sang đơn vị khác hoặc cho kết thúc.",
    ]);
    const withMoves: ReorganisationDraft = {
      ...abolish,
      lines: [...abolish.lines, ...[1, 2, 3].map((id) => ({ kind: "TRANSFER" as const, predecessorId: id, successor: null, share: 1, toParent: null, note: null }))],
    };
    expect(validateDraft(withMoves, STATE)).toEqual([]);
  });

  it("refuses a rename onto an existing unit, and a successor that ends under the same act", () => {
    const draft: ReorganisationDraft = {
      act,
      newUnits: [],
      lines: [
        { kind: "RENAME", predecessorId: 4, successor: { existing: 5 }, share: 1, toParent: null, note: null },
        { kind: "MERGE", predecessorId: 5, successor: { existing: 1 }, share: 1, toParent: null, note: null },
      ],
    };
    expect(messages(draft)).toEqual([
      "lines.0.successor: Đơn vị kế thừa cũng kết thúc theo văn bản này.",
      "lines.0.successor: Đổi tên tạo một đơn vị mới mang tên mới; chọn đơn vị mới.",
    ]);
  });
});

describe("the preview", () => {
  it("lists the units closed and created, the active users to decide on and the open reports", () => {
    const preview = previewDraft(merger, STATE, []);
    expect(preview.closed.map((u) => u.name)).toEqual(["Xã A", "Xã B"]);
    expect(preview.created.map((u) => u.name)).toEqual(["Xã AB"]);
    expect(preview.users.map((u) => [u.user.username, u.decision, u.suggested])).toEqual([
      ["xaa", null, { created: "ab" }],
      ["xab", null, { created: "ab" }],
    ]);
    expect(preview.openReports).toEqual([{ report: STATE.openReports[0], completedBy: [{ created: "ab" }] }]);
  });

  it("moves the quotas of the years that begin after the effective day, divided by the shares", () => {
    const preview = previewDraft(split([0.6, 0.4]), STATE, []);
    expect(preview.firstQuotaYear).toBe(2026);
    expect(preview.quotas).toEqual([
      {
        quota: STATE.quotas[1],
        to: [
          { ref: { existing: 5 }, quota: 25, actualHeadcount: null, streamlined: 2 },
          { ref: { created: "yt" }, quota: 16, actualHeadcount: null, streamlined: 1 },
        ],
      },
    ]);
    expect(firstMovedQuotaYear("2026-01-01")).toBe(2026);
  });

  it("needs a decision for every active user of a closed unit, to a successor or a unit in force", () => {
    const byId = new Map(UNITS.map((u) => [u.id, u]));
    const undecided = previewDraft(merger, STATE, [{ userId: 100, action: "deactivate" }]);
    expect(wordProblems(decisionProblems(merger, undecided, byId), wordsOf()).map((p) => p.message)).toEqual(["Chọn chuyển hoặc khóa tài khoản xab của đơn vị kết thúc."]);
    expect(decisionProblems(merger, undecided, byId)).toEqual([{ path: "users.101", key: "org.error.userUndecided", values: { user: "xab" } }]);
    expect(wordProblems(decisionProblems(merger, undecided, byId), wordsOf("en")).map((p) => p.message)).toEqual([en["org.error.userUndecided"].replace("{user}", "xab")]);
    const wrong = previewDraft(merger, STATE, [
      { userId: 100, action: "move", to: { existing: 6 } },
      { userId: 101, action: "move", to: { existing: 2 } },
    ]);
    expect(decisionProblems(merger, wrong, byId).map((p) => p.path)).toEqual(["users.100", "users.101"]);
    const fine = previewDraft(merger, STATE, [
      { userId: 100, action: "move", to: { created: "ab" } },
      { userId: 101, action: "move", to: { existing: 5 } },
    ]);
    expect(decisionProblems(merger, fine, byId)).toEqual([]);
  });
});
