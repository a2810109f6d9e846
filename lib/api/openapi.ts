// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that validate the
// requests (lib/validations/dossiers.ts, tasks.ts, api-tokens.ts): what is documented is what is checked.
import { z } from "zod";
import { dossierRecordSchema } from "@/lib/validations/dossiers";
import { taskRecordSchema } from "@/lib/validations/tasks";
import { listQuerySchema, MAX_BATCH, MAX_PAGE } from "@/lib/validations/api-tokens";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { MAX_API_BODY_BYTES } from "@/lib/api/body";
import { formatBytes } from "@/lib/i18n/format";

type JsonSchema = Record<string, unknown>;

const inputSchema = (schema: z.ZodType): JsonSchema => {
  const generated = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete generated.$schema;
  return generated;
};

const error = { type: "object", properties: { error: { type: "string" } }, required: ["error"] };
const recordErrors = {
  type: "object",
  properties: {
    error: { type: "string" },
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

function collection(kind: string, record: string, label: string, parameters: ReturnType<typeof queryParameters>) {
  const ref = { $ref: `#/components/schemas/${record}` };
  return {
    post: {
      summary: `Tạo mới hoặc cập nhật ${label} theo lô (tối đa ${MAX_BATCH.toLocaleString("vi-VN")} bản ghi; khóa là "code")`,
      description:
        "Mọi bản ghi được kiểm tra như khi nhập tệp. Nếu có bản ghi sai, không bản ghi nào được ghi và phản hồi 422 liệt kê lỗi từng bản ghi. " +
        `Thân yêu cầu tối đa ${formatBytes(MAX_API_BODY_BYTES)} (một lô ${MAX_BATCH.toLocaleString("vi-VN")} hồ sơ khoảng 4 MB); lớn hơn: 413.`,
      operationId: `write${kind}`,
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", properties: { records: { type: "array", items: ref, minItems: 1, maxItems: MAX_BATCH } }, required: ["records"] } } },
      },
      responses: {
        "200": { description: "Đã ghi", content: { "application/json": { schema: { type: "object", properties: { created: { type: "integer" }, updated: { type: "integer" } } } } } },
        "400": { description: "Thân yêu cầu sai dạng", content: { "application/json": { schema: error } } },
        "401": { description: "Thiếu hoặc sai khóa", content: { "application/json": { schema: error } } },
        "403": { description: "Khóa không được phép với loại dữ liệu này", content: { "application/json": { schema: error } } },
        "413": { description: `Thân yêu cầu vượt quá ${formatBytes(MAX_API_BODY_BYTES)}`, content: { "application/json": { schema: error } } },
        "422": { description: "Có bản ghi không hợp lệ; không ghi gì", content: { "application/json": { schema: recordErrors } } },
        "429": { description: `Quá ${RATE_LIMIT_PER_MINUTE} yêu cầu/phút cho một khóa`, content: { "application/json": { schema: error } } },
      },
    },
    get: {
      summary: `Đọc ${label} theo bộ lọc, phân trang bằng con trỏ (tối đa ${MAX_PAGE} bản ghi một trang)`,
      operationId: `list${kind}`,
      parameters,
      responses: {
        "200": {
          description: "Một trang",
          content: { "application/json": { schema: { type: "object", properties: { data: { type: "array", items: ref }, nextCursor: { type: ["string", "null"] } } } } },
        },
        "400": { description: "Tham số sai", content: { "application/json": { schema: error } } },
        "401": { description: "Thiếu hoặc sai khóa", content: { "application/json": { schema: error } } },
        "403": { description: "Khóa không được phép", content: { "application/json": { schema: error } } },
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
        "Ngày giờ: ISO 8601 hoặc dd/mm/yyyy; không có múi giờ thì hiểu là giờ Việt Nam.",
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
