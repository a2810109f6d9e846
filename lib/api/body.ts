// The JSON body of an /api/v1 request, read with a limit: a client that sends more than
// MAX_API_BODY_BYTES gets 413 as soon as the limit is passed (Content-Length says so up front, or
// the stream crosses it), and the server never holds more than the limit. A batch of 10,000
// dossiers, the largest allowed, is about 4 MB of JSON (tests/unit/api/body.test.ts measures it).
import { apiError } from "@/lib/api/errors";
import { MAX_API_BODY_BYTES } from "./limits";

export { MAX_API_BODY_BYTES };

/**
 * The parsed body, or null when the body is empty or not JSON (the caller answers 400). Throws the
 * ApiError of a 413 (too large) or a 400 (not UTF-8), which withApiErrors answers as JSON.
 */
export async function readJsonBody(request: Request, limit = MAX_API_BODY_BYTES): Promise<unknown> {
  const tooLarge = () => apiError("PAYLOAD_TOO_LARGE", "api.error.tooLarge", { limit: (f) => f.bytes(limit) });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw apiError("BAD_REQUEST", "api.error.encoding");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
