// The record schemas shared by the file import and /api/v1: dates in Việt Nam time, flags,
// counts, channels, and the order of dates.
import { describe, expect, it } from "vitest";
import { parseInstant } from "@/lib/validations/record-values";
import { dossierRecordSchema } from "@/lib/validations/dossiers";
import { taskRecordSchema } from "@/lib/validations/tasks";

describe("parseInstant", () => {
  it("reads dd/mm/yyyy and ISO days as the start of the day in Việt Nam", () => {
    expect(parseInstant("01/03/2024")?.toISOString()).toBe("2024-02-29T17:00:00.000Z");
    expect(parseInstant("1/3/2024")?.toISOString()).toBe("2024-02-29T17:00:00.000Z");
    expect(parseInstant("2024-03-01")?.toISOString()).toBe("2024-02-29T17:00:00.000Z");
  });
  it("reads a deadline day as its last millisecond", () => {
    expect(parseInstant("01/03/2024", true)?.toISOString()).toBe("2024-03-01T16:59:59.999Z");
  });
  it("reads times as Việt Nam wall-clock unless an offset is given", () => {
    expect(parseInstant("15/08/2024 09:30")?.toISOString()).toBe("2024-08-15T02:30:00.000Z");
    expect(parseInstant("2024-08-15T09:30:00")?.toISOString()).toBe("2024-08-15T02:30:00.000Z");
    expect(parseInstant("2024-08-15T09:30:00Z")?.toISOString()).toBe("2024-08-15T09:30:00.000Z");
    expect(parseInstant("2024-08-15T09:30:00+0700")?.toISOString()).toBe("2024-08-15T02:30:00.000Z");
  });
  it("refuses days that do not exist and other shapes", () => {
    for (const bad of ["31/02/2024", "2024-13-01", "15-08-2024", "08/15/2024", "hôm qua", "15/08/2024 25:00", ""]) expect(parseInstant(bad)).toBeNull();
  });
});

describe("dossierRecordSchema", () => {
  const base = { code: "HS-1", procedureCode: "1.001612", agencyCode: "STP", channel: "Trực tuyến", receivedAt: "01/03/2024", dueAt: "05/03/2024" };
  it("fills defaults and maps Vietnamese labels", () => {
    const parsed = dossierRecordSchema.parse(base);
    expect(parsed).toMatchObject({ channel: "ONLINE", syncedToNationalPortal: false, rescheduleCount: 0 });
    expect(parsed.resolvedAt).toBeUndefined();
  });
  it("accepts JSON booleans and numbers as the API sends them", () => {
    const parsed = dossierRecordSchema.parse({ ...base, channel: "POSTAL", digitized: true, rescheduleCount: 2, resolvedAt: null });
    expect(parsed).toMatchObject({ channel: "POSTAL", digitized: true, rescheduleCount: 2 });
  });
  it("names the field of each problem", () => {
    const result = dossierRecordSchema.safeParse({ ...base, dueAt: "28/02/2024", digitized: "có lẽ", rescheduleCount: "-1" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path[0]).sort()).toEqual(["digitized", "rescheduleCount"]);
    const order = dossierRecordSchema.safeParse({ ...base, dueAt: "28/02/2024" });
    expect(order.success ? [] : order.error.issues.map((i) => i.path[0])).toEqual(["dueAt"]);
  });
});

describe("taskRecordSchema", () => {
  it("normalises the title to NFC and refuses a completion before assignment", () => {
    const title = "Rà soát hồ sơ".normalize("NFD");
    const parsed = taskRecordSchema.parse({ code: "NV1", title, agencyCode: "STP", assignedAt: "2024-01-01", dueAt: "2024-02-01" });
    expect(parsed.title).toBe("Rà soát hồ sơ".normalize("NFC"));
    const late = taskRecordSchema.safeParse({ code: "NV1", title, agencyCode: "STP", assignedAt: "2024-01-10", dueAt: "2024-02-01", completedAt: "2024-01-01" });
    expect(late.success ? [] : late.error.issues.map((i) => i.path[0])).toEqual(["completedAt"]);
  });
});
