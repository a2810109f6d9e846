// The /api/v1 body limit: 413 before reading when Content-Length says too much, 413 as soon as a
// stream without one crosses it, 400 for bytes that are not UTF-8; and the documented size of the
// largest batch allowed.
import { describe, expect, it } from "vitest";
import { MAX_API_BODY_BYTES, readJsonBody } from "@/lib/api/body";
import { describeApiError } from "@/lib/api/errors";
import { MAX_BATCH } from "@/lib/validations/api-tokens";
import { t } from "@/tests/support/vi";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/v1/dossiers", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** The JSON answer withApiErrors gives for what `reading` throws (fails when it does not throw). */
async function refusal(reading: Promise<unknown>) {
  const error = await reading.then(
    () => new Error("the body was accepted"),
    (thrown: unknown) => thrown,
  );
  return describeApiError(error, "test");
}

describe("readJsonBody", () => {
  it("reads a JSON body", async () => {
    expect(await readJsonBody(post(JSON.stringify({ records: [{ code: "A" }] })))).toEqual({ records: [{ code: "A" }] });
    expect(await readJsonBody(post("{not json"))).toBeNull();
  });

  it("refuses a declared length over the limit without reading", async () => {
    const answer = await refusal(readJsonBody(post("{}", { "content-length": String(MAX_API_BODY_BYTES + 1) })));
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ code: "PAYLOAD_TOO_LARGE", message: t("api.error.tooLarge", { limit: "16 MB" }) });
  });

  it("stops a chunked stream as soon as it crosses the limit", async () => {
    const chunk = new Uint8Array(1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    expect((await refusal(readJsonBody(post(body), 10 * 1024))).status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const answer = await refusal(readJsonBody(post(streamOf([new Uint8Array([0x7b, 0x22, 0xe0, 0xa4, 0x22, 0x7d])]))));
    expect(answer).toMatchObject({ status: 400, body: { code: "BAD_REQUEST", message: t("api.error.encoding") } });
  });

  it("leaves room for the largest batch: 10,000 dossiers are about 4 MB", () => {
    const record = {
      code: "H58.22-240815-000001", procedureCode: "1.001612.000.00.00.H58", agencyCode: "UBND-NS", channel: "IN_PERSON",
      receivedAt: "2024-08-15T09:30:00+07:00", dueAt: "2024-08-20T17:00:00+07:00", resolvedAt: "2024-08-19T15:00:00+07:00",
      handlingOfficialCode: "CB000123", syncedToNationalPortal: true, digitized: true, hasElectronicResult: false,
      apologyIssuedAt: null, rescheduleCount: 0,
    };
    const bytes = Buffer.byteLength(JSON.stringify({ records: Array.from({ length: MAX_BATCH }, () => record) }));
    expect(bytes).toBeGreaterThan(3.5e6);
    expect(bytes).toBeLessThan(4.5e6);
    expect(bytes * 3).toBeLessThan(MAX_API_BODY_BYTES);
  });
});
