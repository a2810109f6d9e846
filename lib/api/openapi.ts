// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that validate the
// requests (lib/validations/dossiers.ts, tasks.ts, api-tokens.ts): what is documented is what is checked.
import { z } from "zod";
import { dossierRecordSchema } from "@/lib/validations/dossiers";
import { taskRecordSchema } from "@/lib/validations/tasks";
import { listQuerySchema, MAX_BATCH, MAX_PAGE } from "@/lib/validations/api-tokens";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_ERROR_CODES, RETRY_AFTER_SECONDS } from "@/lib/api/errors";
import { MAX_API_BODY_BYTES } from "@/lib/api/body";
import { wordsOf } from "@/lib/notifications/words";

type JsonSchema = Record<string, unknown>;

// The document itself is Vietnamese (its readers are the province's integrators); the error
// messages follow the request's Accept-Language (lib/api/errors.ts answerLocale).
const { f } = wordsOf("vi");
const bodyLimit = f.bytes(MAX_API_BODY_BYTES);

const inputSchema = (schema: z.ZodType): JsonSchema => {
  const generated = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete generated.$schema;
  return generated;
};

const error = {
  type: "object",
  description:
    "Mọi lỗi đều có dạng này: mã ổn định để chương trình xử lý, và thông điệp cho người đọc — tiếng Việt, " +
    "hoặc tiếng Anh khi tiêu đề Accept-Language ưu tiên tiếng Anh (ví dụ Accept-Language: en). Mã và dạng JSON không đổi theo ngôn ngữ.",
  properties: { code: { type: "string", enum: [...API_ERROR_CODES] }, message: { type: "string" } },
  required: ["code", "message"],
};
const recordErrors = {
  type: "object",
  properties: {
    code: { type: "string", const: "INVALID_RECORDS" },
    message: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        properties: { index: { type: "integer", description: "vị trí bản ghi trong lô, từ 0" }, field: { type: "string" }, message: { type: "string" } },
        required: ["index", "field", "message"],
      },
    },
  },
};

function queryParameters(include: (name: string) => boolean) {
  const schema = inputSchema(listQuerySchema) as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties)
    .filter(([name]) => include(name))
    .map(([name, property]) => ({ name, in: "query", required: false, schema: property }));
}

/** The language of the error messages: English when this header prefers it, else Vietnamese. */
const acceptLanguage = {
  name: "Accept-Language",
  in: "header",
  required: false,
  description: "Ngôn ngữ của thông điệp lỗi (message): en cho tiếng Anh; mặc định và mọi giá trị khác: tiếng Việt.",
  schema: { type: "string", examples: ["vi", "en", "en-GB,en;q=0.9"] },
};

const retryAfter = {
  "Retry-After": { description: "Số giây nên chờ trước khi gửi lại đúng yêu cầu này", schema: { type: "integer", minimum: 1 } },
};

/** Answers every operation may give: rate limit, transient failure (send again later), unexpected error. */
const common = {
  "429": {
    description: `Quá ${RATE_LIMIT_PER_MINUTE} yêu cầu/phút cho một khóa, hoặc quá nhiều lần xác thực sai từ một địa chỉ (mã RATE_LIMITED); không có gì được đọc hay ghi`,
    headers: retryAfter,
    content: { "application/json": { schema: error } },
  },
  "503": {
    description:
      `Lỗi tạm thời, không có gì được ghi: mất kết nối cơ sở dữ liệu (mã UNAVAILABLE, chờ ${RETRY_AFTER_SECONDS.UNAVAILABLE} s) ` +
      `hoặc hệ thống bận — hết kết nối, xung đột ghi đồng thời sau khi đã tự thử lại (mã BUSY, chờ ${RETRY_AFTER_SECONDS.BUSY} s). Gửi lại đúng yêu cầu sau Retry-After giây.`,
    headers: retryAfter,
    content: { "application/json": { schema: error } },
  },
  "500": { description: "Lỗi ngoài dự kiến (mã INTERNAL); thông điệp có mã tham chiếu khớp với nhật ký máy chủ", content: { "application/json": { schema: error } } },
};

function collection(kind: string, record: string, label: string, parameters: ReturnType<typeof queryParameters>) {
  const ref = { $ref: `#/components/schemas/${record}` };
  return {
    post: {
      summary: `Tạo mới hoặc cập nhật ${label} theo lô (tối đa ${f.number(MAX_BATCH)} bản ghi; khóa là "code")`,
      description:
        "Mọi bản ghi được kiểm tra như khi nhập tệp. Nếu có bản ghi sai, không bản ghi nào được ghi và phản hồi 422 liệt kê lỗi từng bản ghi. " +
        "Cả lô được ghi trong một giao dịch: hoặc tất cả, hoặc không gì. Gửi lại đúng lô đó (ví dụ sau một phản hồi 503) là an toàn: bản ghi được ghi theo mã. " +
        `Thân yêu cầu tối đa ${bodyLimit} (một lô ${f.number(MAX_BATCH)} hồ sơ khoảng 4 MB); lớn hơn: 413.`,
      operationId: `write${kind}`,
      parameters: [acceptLanguage],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", properties: { records: { type: "array", items: ref, minItems: 1, maxItems: MAX_BATCH } }, required: ["records"] } } },
      },
      responses: {
        "200": { description: "Đã ghi", content: { "application/json": { schema: { type: "object", properties: { created: { type: "integer" }, updated: { type: "integer" } } } } } },
        "400": { description: "Thân yêu cầu sai dạng", content: { "application/json": { schema: error } } },
        "401": { description: "Thiếu hoặc sai khóa", content: { "application/json": { schema: error } } },
        "403": { description: "Khóa không được phép với loại dữ liệu này", content: { "application/json": { schema: error } } },
        "413": { description: `Thân yêu cầu vượt quá ${bodyLimit}`, content: { "application/json": { schema: error } } },
        "422": { description: "Có bản ghi không hợp lệ; không ghi gì", content: { "application/json": { schema: recordErrors } } },
        ...common,
      },
    },
    get: {
      summary: `Đọc ${label} theo bộ lọc, phân trang bằng con trỏ (tối đa ${MAX_PAGE} bản ghi một trang)`,
      operationId: `list${kind}`,
      parameters: [...parameters, acceptLanguage],
      responses: {
        "200": {
          description: "Một trang",
          content: { "application/json": { schema: { type: "object", properties: { data: { type: "array", items: ref }, nextCursor: { type: ["string", "null"] } } } } },
        },
        "400": { description: "Tham số sai", content: { "application/json": { schema: error } } },
        "401": { description: "Thiếu hoặc sai khóa", content: { "application/json": { schema: error } } },
        "403": { description: "Khóa không được phép", content: { "application/json": { schema: error } } },
        ...common,
      },
    },
  };
}

export function openApiDocument(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "API dữ liệu cải cách hành chính",
      version: "1",
      description:
        "Cho hệ thống một cửa, Cổng dịch vụ công và phần mềm quản lý văn bản của tỉnh. Xác thực: Authorization: Bearer <khóa do Sở Nội vụ cấp>. " +
        "Ngày giờ: ISO 8601 hoặc dd/mm/yyyy; không có múi giờ thì hiểu là giờ Việt Nam. " +
        "Thông điệp lỗi bằng tiếng Việt, hoặc tiếng Anh khi Accept-Language ưu tiên tiếng Anh; mã lỗi (code) giữ nguyên.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    paths: {
      "/dossiers": collection("Dossiers", "DossierRecord", "hồ sơ TTHC", queryParameters(() => true)),
      "/tasks": collection("Tasks", "TaskRecord", "nhiệm vụ", queryParameters((name) => name !== "procedureCode")),
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { DossierRecord: inputSchema(dossierRecordSchema), TaskRecord: inputSchema(taskRecordSchema) },
    },
  };
}
