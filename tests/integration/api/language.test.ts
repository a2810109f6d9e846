// /api/v1's errors in the caller's language (issue 23): English when Accept-Language prefers it,
// Vietnamese otherwise, word for word today's text; the code and the JSON's shape never change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeDatabase, getDb } from "@/lib/db";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { createFixture, type Fixture } from "../imports/support";

let fixture: Fixture;
let db: PrismaClient;
let tasks: typeof import("@/app/api/v1/tasks/route");
let openapi: typeof import("@/app/api/v1/openapi.json/route");
let tokens: typeof import("@/lib/data/api-tokens");

beforeAll(async () => {
  fixture = await createFixture();
  db = getDb();
  tasks = await import("@/app/api/v1/tasks/route");
  openapi = await import("@/app/api/v1/openapi.json/route");
  tokens = await import("@/lib/data/api-tokens");
});
afterAll(async () => {
  await closeDatabase();
  await fixture?.close();
});

const get = (path: string, token: string | null, acceptLanguage?: string) =>
  tasks.GET(new Request(`http://localhost/api/v1${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}) },
  }));

describe("API errors by Accept-Language", () => {
  it("answers an English caller in English and anyone else in Vietnamese, with the same code and shape", async () => {
    const english = await get("/tasks", "cchc_forged", "en-GB,en;q=0.9");
    expect([english.status, await english.json()]).toEqual([401, { code: "UNAUTHORIZED", message: en["api.error.unauthorized"] }]);
    const vietnamese = await get("/tasks", "cchc_forged", "vi-VN,vi;q=0.9,en;q=0.5");
    expect([vietnamese.status, await vietnamese.json()]).toEqual([401, { code: "UNAUTHORIZED", message: vi["api.error.unauthorized"] }]);
    const none = await get("/tasks", "cchc_forged");
    expect(await none.json()).toEqual({ code: "UNAUTHORIZED", message: "Thiếu hoặc sai khóa API (header Authorization: Bearer kèm khóa)." });
  });

  it("words a bad query's field issues in the caller's language too", async () => {
    const { token } = await db.$transaction((tx) => tokens.createApiToken(tx, fixture.viewer, { name: "Hệ thống ngôn ngữ", scopes: ["TASK"] }));
    const english = await get("/tasks?limit=0", token, "en");
    expect([english.status, await english.json()]).toEqual([400, { code: "BAD_REQUEST", message: en["api.error.query"], issues: { limit: [en["api.error.limit"]] } }]);
    const vietnamese = await get("/tasks?limit=0", token);
    expect(await vietnamese.json()).toEqual({ code: "BAD_REQUEST", message: vi["api.error.query"], issues: { limit: [vi["api.error.limit"]] } });
  });

  it("words each refused record's reason in the caller's language, beside the error around them", async () => {
    const { token } = await db.$transaction((tx) => tokens.createApiToken(tx, fixture.viewer, { name: "Hệ thống bản ghi", scopes: ["TASK"] }));
    const post = (acceptLanguage?: string) =>
      tasks.POST(new Request("http://localhost/api/v1/tasks", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}) },
        body: JSON.stringify({ records: [{ code: "NN-1", title: "Nhiệm vụ", agencyCode: "KHONG-CO-CO-QUAN", assignedAt: "2024-01-02", dueAt: "2024-02-01" }] }),
      }));
    type Refused = { code: string; message: string; errors: { index: number; field: string; message: string }[] };
    const english = (await (await post("en")).json()) as Refused;
    const vietnamese = (await (await post()).json()) as Refused;
    expect([english.code, english.message, vietnamese.message]).toEqual(["INVALID_RECORDS", en["api.error.invalid"], vi["api.error.invalid"]]);
    expect(english.errors.map(({ index, field }) => [index, field])).toEqual(vietnamese.errors.map(({ index, field }) => [index, field]));
    expect(english.errors.length).toBeGreaterThan(0);
    english.errors.forEach((error, i) => expect(error.message).not.toBe(vietnamese.errors[i]!.message));
  });

  it("documents the header in the OpenAPI document", async () => {
    const doc = (await openapi.GET().json()) as { paths: Record<string, { get: { parameters: { name: string; in: string }[] }; post: { parameters: { name: string }[] } }> };
    expect(doc.paths["/tasks"]!.get.parameters).toContainEqual(expect.objectContaining({ name: "Accept-Language", in: "header" }));
    expect(doc.paths["/dossiers"]!.post.parameters.map((p) => p.name)).toEqual(["Accept-Language"]);
  });
});
