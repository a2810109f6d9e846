// The audit vocabulary: an event is checked against its schema before it is written (unknown
// events, a wrong entity and unexpected details are refused — a password never slips into the log),
// the entity follows from the event, and the one writer appends through Prisma or a plain pg client.
import { describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAudit, AUDIT_EVENT_NAMES, auditEventSchema, readAuditEvent, type AuditRecord, type SqlClient } from "@/lib/audit";

describe("audit events", () => {
  it("lists each event once", () => {
    expect(new Set(AUDIT_EVENT_NAMES).size).toBe(AUDIT_EVENT_NAMES.length);
    expect(AUDIT_EVENT_NAMES).toEqual(expect.arrayContaining(["REPORT_SAVED", "REPORT_SUBMITTED", "ACTION_FORBIDDEN", "SIGN_IN", "IMPORT_COMPLETED"]));
  });

  it("fills in the entity an event concerns, and refuses another", () => {
    expect(auditEventSchema.parse({ event: "REPORT_SUBMITTED", details: { version: 3, status: "SUBMITTED", changed: ["LEGAL_ISSUED"] } })).toEqual({
      event: "REPORT_SUBMITTED",
      entity: "report",
      details: { version: 3, status: "SUBMITTED", changed: ["LEGAL_ISSUED"] },
    });
    expect(auditEventSchema.safeParse({ event: "REPORT_SUBMITTED", entity: "user", details: { version: 3, status: "SUBMITTED", changed: [] } }).success).toBe(false);
  });

  it("refuses an unknown event, missing details and details it does not name", () => {
    expect(auditEventSchema.safeParse({ event: "REPORT_DELETED", details: {} }).success).toBe(false);
    expect(auditEventSchema.safeParse({ event: "USER_CREATED" }).success).toBe(false);
    const withPassword = { event: "USER_PASSWORD_RESET", details: { username: "stuphap", temporaryPassword: "Xy7!kq2m9Lp4" } };
    expect(auditEventSchema.safeParse(withPassword).success).toBe(false);
    expect(auditEventSchema.safeParse({ event: "SIGN_OUT", details: { note: "x" } }).success).toBe(false);
    expect(auditEventSchema.safeParse({ event: "SIGN_OUT" }).success).toBe(true);
  });

  it("reads a stored row back as its event, and a row it does not describe as null", () => {
    expect(readAuditEvent({ action: "SIGN_IN", entity: "user", details: { method: "oidc" } })).toEqual({
      event: "SIGN_IN", entity: "user", details: { method: "oidc" },
    });
    expect(readAuditEvent({ action: "SIGN_OUT", entity: "user", details: null })).toEqual({ event: "SIGN_OUT", entity: "user" });
    // written before the list existed, with the entity spelt differently
    expect(readAuditEvent({ action: "INSPECTION_FLAG_RESOLVED", entity: "inspectionFlag", details: { resolutionNote: "" } })).toBeNull();
  });
});

describe("the audit writer", () => {
  const record: AuditRecord = {
    event: "API_TOKEN_REVOKED",
    actorId: 4,
    entityId: "x".repeat(80),
    agencyId: null,
    ip: "10.0.0.9",
    details: { name: "Hệ thống một cửa", alreadyRevoked: false },
  };

  it("writes through a Prisma transaction, with the entity the event implies", async () => {
    const create = vi.fn(async () => ({}));
    await appendAudit({ auditLog: { create } } as unknown as Prisma.TransactionClient, record);
    expect(create).toHaveBeenCalledWith({
      data: {
        actorId: 4, action: "API_TOKEN_REVOKED", entity: "api_token", entityId: "x".repeat(64), agencyId: null, ip: "10.0.0.9",
        details: { name: "Hệ thống một cửa", alreadyRevoked: false },
      },
    });
  });

  it("writes through a plain pg client in the same shape", async () => {
    const query = vi.fn<SqlClient["query"]>(async () => ({}));
    await appendAudit({ query }, { event: "SIGN_OUT", actorId: 4, entityId: "4" });
    expect(query).toHaveBeenCalledWith(expect.stringContaining("INSERT INTO audit_log"), [4, "SIGN_OUT", "user", "4", null, null, null]);
  });

  it("writes nothing for an event its schema refuses", async () => {
    const query = vi.fn<SqlClient["query"]>(async () => ({}));
    const bad = { ...record, details: { name: "x", alreadyRevoked: false, token: "cchc_secret" } } as unknown as AuditRecord;
    await expect(appendAudit({ query }, bad)).rejects.toThrow();
    expect(query).not.toHaveBeenCalled();
  });
});
