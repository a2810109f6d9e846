// The quarterly report's workflow through the data layer on a real database (issue 6): every
// transition, the forbidden ones, the version conflict and the period lock, each checked in the
// database. The clock is passed in, so the demo's 2024-Q2 period (open from 01/04, due and closed
// at the end of 15/07/2024) is open on 10/07/2024.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as entry from "@/lib/data/reports/entry";
import * as review from "@/lib/data/reports/review";
import * as board from "@/lib/data/reports/board";
import * as history from "@/lib/data/reports/history";
import * as approved from "@/lib/data/reports/approved";
import * as periods from "@/lib/data/reports/periods";
import { findPeriod } from "@/lib/data/province/periods";
import { AppError } from "@/lib/errors";
import { saveReportSchema, returnReportSchema } from "@/lib/validations/reports";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createJusticeAndHealth, createUser, REPORT_FORM } from "../support/fixtures";

let database: TestDatabase;
let db: PrismaClient;

let justice: number;
let health: number;
let q2: number;
let agencyUser: Viewer;
let otherAgencyUser: Viewer;
let homeAffairs: Viewer;
let leader: Viewer;

const OPEN = new Date("2024-07-10T03:00:00Z");
const AFTER_LOCK = new Date("2024-08-05T03:00:00Z");

const FORM = {
  ...REPORT_FORM,
  "evidenceNumber:LEGAL_ISSUED": "15/BC-STP",
  "evidenceDate:LEGAL_ISSUED": "2024-07-05",
  "evidenceUrl:LEGAL_ISSUED": "https://stp.ninhthuan.gov.vn/bc-15",
  // typed over a computed rate and a figure the system knows: both are replaced
  "value:ONLINE_FULL_RATE": "99",
  "value:TASKS_ASSIGNED": "999",
};

function input(version: number, intent: "save" | "submit", changes: Record<string, string> = {}, agencyId = justice) {
  return saveReportSchema.parse({ periodId: String(q2), agencyId: String(agencyId), version: String(version), intent, ...FORM, ...changes });
}

/** Runs a write in its own transaction, as the action wrapper does; returns the refusal, if any. */
async function attempt<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<{ result?: T; error?: AppError }> {
  try {
    return { result: await db.$transaction(work) };
  } catch (error) {
    if (error instanceof AppError) return { error };
    throw error;
  }
}

async function reportRow() {
  return db.report.findUniqueOrThrow({ where: { agencyId_periodId: { agencyId: justice, periodId: q2 } } });
}

async function valueOf(code: string) {
  const row = await db.reportValue.findFirst({ where: { report: { agencyId: justice, periodId: q2 }, indicator: { code } } });
  return row?.value === null || row === null ? null : Number(row.value.toString());
}

beforeAll(async () => {
  database = await openTestDatabase({ reportCatalogue: true });
  db = database.db;
  ({ justice, health } = await createJusticeAndHealth(db));
  agencyUser = await createUser(db, { username: "stuphap", role: "AGENCY", agencyId: justice });
  otherAgencyUser = await createUser(db, { username: "syte", role: "AGENCY", agencyId: health });
  homeAffairs = await createUser(db, { username: "sonoivu", role: "HOME_AFFAIRS" });
  leader = await createUser(db, { username: "lanhdao", role: "LEADER" });
  q2 = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2024, quarter: 2 } } })).id;
  // one task assigned in the quarter: the report's prefilled figure
  await db.task.create({
    data: { code: "NV-1", title: "Rà soát TTHC", agencyId: justice, assignedAt: new Date("2024-05-02T02:00:00Z"), dueAt: new Date("2024-06-30T09:00:00Z") },
  });
});

afterAll(async () => {
  await database?.close();
});

describe("an agency fills its report", () => {
  it("saves a draft: values, computed rate, system figure, history and the step are stored", async () => {
    const { result, error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(0, "save"), OPEN));
    expect(error).toBeUndefined();
    expect(result?.version).toBe(1);
    const report = await reportRow();
    expect([report.status, report.version]).toEqual(["DRAFT", 1]);
    expect(await valueOf("LEGAL_ISSUED")).toBe(8);
    expect(await valueOf("ONLINE_FULL_RATE")).toBe(62.5); // computed, the typed 99 is ignored
    expect(await valueOf("TASKS_ASSIGNED")).toBe(1); // from the task table, the posted 999 is ignored
    const evidence = await db.reportValue.findFirstOrThrow({ where: { reportId: report.id, indicator: { code: "LEGAL_ISSUED" } } });
    expect([evidence.evidenceNumber, evidence.evidenceDate?.toISOString().slice(0, 10), evidence.evidenceUrl]).toEqual([
      "15/BC-STP", "2024-07-05", "https://stp.ninhthuan.gov.vn/bc-15",
    ]);
    expect(await db.reportValueChange.count({ where: { reportId: report.id } })).toBeGreaterThan(10);
    expect((await db.reportEvent.findMany({ where: { reportId: report.id } })).map((e) => e.kind)).toEqual(["SAVED"]);
  });

  it("refuses a save based on an older version and says what changed; nothing is written", async () => {
    const { error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(0, "save", { "value:LEGAL_ISSUED": "9" }), OPEN));
    expect(error?.message).toContain("Văn bản QPPL ban hành");
    expect(error?.message).toContain("phiên bản 1");
    expect(error?.code).toBe("REPORT_CONFLICT");
    // what the system filled in (a prefilled count, a computed rate) is not "the other user's change"
    expect(error?.message).not.toContain("Nhiệm vụ CCHC được giao trong quý");
    expect(error?.message).not.toContain("Tỷ lệ dịch vụ công trực tuyến toàn trình");
    expect(await valueOf("LEGAL_ISSUED")).toBe(8);
    expect((await reportRow()).version).toBe(1);
  });

  it("refuses to submit parts that do not add up, with the message beside the fields; the report stays a draft", async () => {
    const { error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(1, "submit", { "value:ONLINE_PARTIAL": "14" }), OPEN));
    expect(error?.fieldMessages()["value:ONLINE_SERVICES"]?.[0]).toContain("toàn trình cộng một phần");
    expect(error?.fieldMessages()["value:ONLINE_PARTIAL"]).toBeDefined();
    const report = await reportRow();
    expect([report.status, report.version]).toEqual(["DRAFT", 1]);
    expect(await valueOf("ONLINE_PARTIAL")).toBe(15);
  });

  it("refuses a value that is not a number, beside its field", async () => {
    const { error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(1, "save", { "value:TRAINEES": "bốn mươi" }), OPEN));
    expect(error?.fieldMessages()["value:TRAINEES"]?.[0]).toBe("Nhập một số (dùng dấu phẩy cho phần thập phân).");
  });

  it("refuses a post for another agency", async () => {
    const { error } = await attempt((tx) => entry.saveReport(tx, otherAgencyUser, input(0, "save", {}, justice), OPEN));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect((await reportRow()).version).toBe(1);
  });

  it("submits when every rule passes", async () => {
    const { error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(1, "submit"), OPEN));
    expect(error).toBeUndefined();
    const report = await reportRow();
    expect([report.status, report.version, report.firstSubmittedAt?.toISOString()]).toEqual(["SUBMITTED", 2, OPEN.toISOString()]);
  });

  it("cannot edit a submitted report", async () => {
    const { error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(2, "save"), OPEN));
    expect(error?.message).toContain("Đã gửi");
    expect((await reportRow()).version).toBe(2);
  });
});

describe("Home Affairs reviews", () => {
  it("an agency cannot approve", async () => {
    const report = await reportRow();
    const { error } = await attempt((tx) => review.approveReport(tx, agencyUser, { reportId: report.id, agencyId: justice, version: 2 }, OPEN));
    expect(error?.message).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect((await reportRow()).status).toBe("SUBMITTED");
  });

  it("a report posted with another agency's id is not found", async () => {
    const report = await reportRow();
    const { error } = await attempt((tx) => review.approveReport(tx, homeAffairs, { reportId: report.id, agencyId: health, version: 2 }, OPEN));
    expect(error?.message).toContain("Không tìm thấy báo cáo");
    expect((await reportRow()).status).toBe("SUBMITTED");
  });

  it("returns the report with a comment on one value", async () => {
    const report = await reportRow();
    const form = returnReportSchema.parse({ reportId: String(report.id), agencyId: String(justice), version: "2", "comment:EDOCS_SIGNED": "Số văn bản ký số chưa khớp hệ thống.", general: "" });
    const { error } = await attempt((tx) => review.returnReport(tx, homeAffairs, form, OPEN));
    expect(error).toBeUndefined();
    const after = await reportRow();
    expect([after.status, after.version]).toEqual(["RETURNED", 3]);
    const comments = await db.reportFieldComment.findMany({ where: { reportId: report.id }, include: { indicator: true } });
    expect(comments.map((c) => [c.indicator?.code, c.body])).toEqual([["EDOCS_SIGNED", "Số văn bản ký số chưa khớp hệ thống."]]);
  });

  it("a return needs at least one comment", () => {
    expect(returnReportSchema.safeParse({ reportId: "1", agencyId: "1", version: "1", general: " " }).success).toBe(false);
  });

  it("the agency sees the comment, corrects the value and resubmits", async () => {
    const view = await entry.getReportView(agencyUser, justice, 2024, 2, OPEN);
    expect(view?.returnComments.map((c) => c.code)).toEqual(["EDOCS_SIGNED"]);
    const { error } = await attempt((tx) => entry.saveReport(tx, agencyUser, input(3, "submit", { "value:EDOCS_SIGNED": "285" }), OPEN));
    expect(error).toBeUndefined();
    expect((await reportRow()).status).toBe("SUBMITTED");
    const change = await db.reportValueChange.findFirstOrThrow({ where: { indicator: { code: "EDOCS_SIGNED" }, version: 4 } });
    expect([change.oldValue, change.newValue, change.actorId]).toEqual(["280", "285", agencyUser.userId]);
  });

  it("refuses an approval based on an older version", async () => {
    const report = await reportRow();
    const { error } = await attempt((tx) => review.approveReport(tx, homeAffairs, { reportId: report.id, agencyId: justice, version: 3 }, OPEN));
    expect(error?.message).toContain("Văn bản điện tử có chữ ký số");
    expect((await reportRow()).status).toBe("SUBMITTED");
  });

  it("approves; the approved figure reaches the province totals and the report is locked", async () => {
    const report = await reportRow();
    const before = await approved.getApprovedIndicatorTotals(leader, { year: 2024, quarter: 2 });
    expect(before.find((t) => t.code === "EDOCS_SIGNED")?.value).toBeNull();
    const { error } = await attempt((tx) => review.approveReport(tx, homeAffairs, { reportId: report.id, agencyId: justice, version: 4 }, OPEN));
    expect(error).toBeUndefined();
    const after = await reportRow();
    expect([after.status, after.version, after.approvedAt?.toISOString()]).toEqual(["APPROVED", 5, OPEN.toISOString()]);
    const totals = await approved.getApprovedIndicatorTotals(leader, { year: 2024, quarter: 2 });
    expect(totals.find((t) => t.code === "EDOCS_SIGNED")).toMatchObject({ value: 285, reports: 1, aggregation: "sum" });
    expect(totals.find((t) => t.code === "ONLINE_FULL_RATE")).toMatchObject({ value: 62.5, aggregation: "ratio" });
    // each total carries the indicator's English name too, for English readers
    expect(totals.every((t) => t.nameEn.length > 0)).toBe(true);
    expect(totals.find((t) => t.code === "EDOCS_SIGNED")?.nameEn).not.toBe(totals.find((t) => t.code === "EDOCS_SIGNED")?.nameVi);

    const edit = await attempt((tx) => entry.saveReport(tx, agencyUser, input(5, "save", { "value:TRAINEES": "40" }), OPEN));
    expect(edit.error?.message).toContain("Đã phê duyệt");
    expect(await valueOf("TRAINEES")).toBeNull();
  });

  it("un-approval needs a reason; then the agency may change the report and the board counts the changes", async () => {
    const report = await reportRow();
    const { error } = await attempt((tx) => review.unapproveReport(tx, homeAffairs, { reportId: report.id, agencyId: justice, version: 5, reason: "Bổ sung số liệu đào tạo." }, OPEN));
    expect(error).toBeUndefined();
    expect((await reportRow()).status).toBe("RETURNED");
    const later = new Date(OPEN.getTime() + 60_000);
    expect((await attempt((tx) => entry.saveReport(tx, agencyUser, input(6, "save", { "value:TRAINEES": "40", "value:EDOCS_SIGNED": "285" }), later))).error).toBeUndefined();
    const q2Period = (await findPeriod(2024, 2))!;
    const result = await board.getReportBoard(homeAffairs, [q2Period], later);
    const row = result.rows.find((r) => r.agencyId === justice);
    expect(row?.cells[0]).toEqual({ status: "RETURNED", timeliness: "onTime", changedSinceApproval: 1 });
    expect(result.rows.find((r) => r.agencyId === health)?.cells[0]).toEqual({ status: "NOT_STARTED", timeliness: "pending", changedSinceApproval: 0 });
    const ownBoard = await board.getReportBoard(otherAgencyUser, [q2Period], later);
    expect(ownBoard.rows.map((r) => r.agencyId)).toEqual([health]);
  });

  it("the history lists every step and value change, newest first", async () => {
    const items = await history.getReportHistory(homeAffairs, justice, q2);
    const steps = items!.filter((i) => i.type === "event").map((i) => (i.type === "event" ? i.kind : ""));
    expect(steps).toEqual(["SAVED", "UNAPPROVED", "APPROVED", "SUBMITTED", "RETURNED", "SUBMITTED", "SAVED"]);
    const change = items!.find((i) => i.type === "value" && i.code === "TRAINEES");
    expect(change?.type === "value" && change.indicatorEn.length > 0 && change.indicatorEn !== change.indicator).toBe(true);
    expect(await history.getReportHistory(otherAgencyUser, justice, q2)).toBeNull();
  });
});

describe("the period's lock", () => {
  it("refuses a save after the lock, allows it within a reopening, and refuses it again when the reopening ends", async () => {
    const version = (await reportRow()).version;
    const locked = await attempt((tx) => entry.saveReport(tx, agencyUser, input(version, "submit"), AFTER_LOCK));
    expect(locked.error?.message).toContain("khóa sổ");
    expect((await reportRow()).status).toBe("RETURNED");

    await db.$transaction((tx) =>
      periods.reopenPeriod(tx, homeAffairs, { periodId: q2, agencyId: justice, until: "2024-08-07", reason: "Bổ sung số liệu" }, AFTER_LOCK),
    );
    const reopened = await attempt((tx) => entry.saveReport(tx, agencyUser, input(version, "submit"), AFTER_LOCK));
    expect(reopened.error).toBeUndefined();
    expect((await reportRow()).status).toBe("SUBMITTED");
    // the reopening was for this agency only
    const other = await attempt((tx) => entry.saveReport(tx, otherAgencyUser, input(0, "save", {}, health), AFTER_LOCK));
    expect(other.error?.message).toContain("khóa sổ");

    const expired = new Date("2024-08-08T00:00:00Z");
    const report = await reportRow();
    await db.$transaction((tx) => review.returnReport(tx, homeAffairs, returnReportSchema.parse({ reportId: String(report.id), agencyId: String(justice), version: String(report.version), general: "Kiểm tra lại" }), expired));
    const late = await attempt((tx) => entry.saveReport(tx, agencyUser, input(report.version + 1, "submit"), expired));
    expect(late.error?.message).toContain("khóa sổ");
  });

  it("refuses a reopening that ends in the past", async () => {
    const { error } = await attempt((tx) =>
      periods.reopenPeriod(tx, homeAffairs, { periodId: q2, agencyId: justice, until: "2024-08-01", reason: "x" }, AFTER_LOCK),
    );
    expect(error?.fieldMessages().until).toBeDefined();
  });
});

describe("warnings against the previous quarter", () => {
  it("a move of more than 50 % blocks submission until explained", async () => {
    // 2024-Q3 opens 16/09/2024; the justice department's 2024-Q2 report says 8 legal documents
    const now = new Date("2024-10-05T03:00:00Z");
    const q3 = (await findPeriod(2024, 3))!;
    const form = (version: number, extra: Record<string, string>) =>
      saveReportSchema.parse({ periodId: String(q3.id), agencyId: String(justice), version: String(version), intent: "submit", ...FORM, "value:LEGAL_ISSUED": "20", "value:LEGAL_SELF_CHECKED": "20", ...extra });
    const blocked = await attempt((tx) => entry.saveReport(tx, agencyUser, form(0, {}), now));
    expect(blocked.error?.fieldMessages()["value:LEGAL_ISSUED"]?.[0]).toBe("Thay đổi 150 % so với quý trước (8). Cần ghi giải trình.");
    const explained = await attempt((tx) => entry.saveReport(tx, agencyUser, form(0, {
      "comment:LEGAL_ISSUED": "Rà soát hệ thống hóa văn bản theo kế hoạch.",
      "comment:LEGAL_SELF_CHECKED": "Như trên.",
    }), now));
    expect(explained.error).toBeUndefined();
    expect(explained.result?.status).toBe("SUBMITTED");
  });
});
