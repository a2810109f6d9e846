// The default indicator catalogue and validation rules of the quarterly report (issue 6): what a
// provincial agency reports each quarter under the 8 areas of the PAR INDEX (DESIGN §5.5), with
// the task and dossier figures the province's own review reports publish (issue 16: tasks by
// status, dossiers by channel and by outcome, and the rates written beside them). Migration
// 20261202090100_issue16a_default_report_catalogue installs the same list (a test compares them);
// the demo seeds it on top, and Home Affairs edits both at /admin/indicators.
import type { IndicatorUnit, ParArea, PrefillSource, RuleImportance, RuleKind, RuleOperator } from "../generated/prisma/enums";

export type IndicatorSeed = {
  code: string;
  nameVi: string;
  nameEn: string;
  area: ParArea;
  unit: IndicatorUnit;
  min?: number;
  max?: number;
  required?: boolean;
  prefill?: PrefillSource;
  /** [numerator, denominator] of a computed percentage */
  computed?: [string, string];
};

const count = (code: string, area: ParArea, nameVi: string, nameEn: string, extra: Partial<IndicatorSeed> = {}): IndicatorSeed => ({
  code, area, nameVi, nameEn, unit: "COUNT", min: 0, ...extra,
});
/** A percentage the agency types beside its counts; a PERCENT rule checks that it agrees with them. */
const typedRate = (code: string, area: ParArea, nameVi: string, nameEn: string): IndicatorSeed => ({
  code, area, nameVi, nameEn, unit: "PERCENT", min: 0, max: 100,
});
const rate = (code: string, area: ParArea, nameVi: string, nameEn: string, parts: [string, string]): IndicatorSeed => ({
  code, area, nameVi, nameEn, unit: "PERCENT", min: 0, max: 100, computed: parts,
});

export const REPORT_INDICATORS: IndicatorSeed[] = [
  count("TASKS_ASSIGNED", "DIRECTION", "Nhiệm vụ CCHC được giao trong quý", "PAR tasks assigned in the quarter", { prefill: "TASKS_ASSIGNED" }),
  count("TASKS_DONE_ON_TIME", "DIRECTION", "Nhiệm vụ hoàn thành đúng hạn trong quý", "Tasks done on time in the quarter", { prefill: "TASKS_DONE_ON_TIME" }),
  count("TASKS_DONE_LATE", "DIRECTION", "Nhiệm vụ hoàn thành trễ hạn trong quý", "Tasks done late in the quarter", { prefill: "TASKS_DONE_LATE" }),
  count("TASKS_IN_PROGRESS", "DIRECTION", "Nhiệm vụ đang thực hiện (chưa hoàn thành)", "Tasks in progress (not done)", { prefill: "TASKS_IN_PROGRESS" }),
  count("PAR_COMMUNICATION", "DIRECTION", "Hoạt động tuyên truyền CCHC", "PAR communication activities"),
  count("PAR_INSPECTIONS", "DIRECTION", "Cuộc kiểm tra CCHC đã tổ chức", "PAR inspections held"),
  count("LEGAL_ISSUED", "INSTITUTIONS", "Văn bản QPPL ban hành", "Legal documents issued", { required: true }),
  count("LEGAL_SELF_CHECKED", "INSTITUTIONS", "Văn bản QPPL đã tự kiểm tra", "Legal documents self-checked", { required: true }),
  count("LEGAL_UNLAWFUL", "INSTITUTIONS", "Văn bản QPPL phát hiện trái pháp luật", "Legal documents found unlawful"),
  count("LEGAL_DRAFTING_ERRORS", "INSTITUTIONS", "Văn bản QPPL sai sót thể thức, kỹ thuật trình bày", "Legal documents with drafting errors"),
  count("PROC_PUBLISHED", "PROCEDURES", "TTHC được công bố trong quý", "Procedures published in the quarter", { required: true }),
  count("PROC_NEW", "PROCEDURES", "TTHC ban hành mới", "New procedures"),
  count("PROC_AMENDED", "PROCEDURES", "TTHC sửa đổi, bổ sung", "Procedures amended"),
  count("PROC_ABOLISHED", "PROCEDURES", "TTHC bãi bỏ", "Procedures abolished"),
  count("PROC_SIMPLIFIED", "PROCEDURES", "TTHC được đơn giản hóa", "Procedures simplified"),
  count("DOSSIERS_RECEIVED", "PROCEDURES", "Hồ sơ TTHC tiếp nhận trong quý", "Dossiers received in the quarter", { prefill: "DOSSIERS_RECEIVED" }),
  count("DOSSIERS_ONLINE", "PROCEDURES", "Hồ sơ tiếp nhận trực tuyến", "Dossiers received online", { prefill: "DOSSIERS_ONLINE" }),
  count("DOSSIERS_IN_PERSON", "PROCEDURES", "Hồ sơ tiếp nhận trực tiếp", "Dossiers received in person", { prefill: "DOSSIERS_IN_PERSON" }),
  count("DOSSIERS_POSTAL", "PROCEDURES", "Hồ sơ tiếp nhận qua dịch vụ bưu chính công ích", "Dossiers received by public postal service", { prefill: "DOSSIERS_POSTAL" }),
  typedRate("DOSSIERS_ONLINE_RATE", "PROCEDURES", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Share of dossiers received online"),
  count("DOSSIERS_RESOLVED", "PROCEDURES", "Hồ sơ đã giải quyết trong quý", "Dossiers resolved in the quarter", { prefill: "DOSSIERS_RESOLVED" }),
  count("DOSSIERS_ON_TIME", "PROCEDURES", "Hồ sơ giải quyết trước và đúng hạn", "Dossiers resolved early or on time", { prefill: "DOSSIERS_RESOLVED_ON_TIME" }),
  count("DOSSIERS_EARLY", "PROCEDURES", "Trong đó: hồ sơ giải quyết trước hạn", "Of which: resolved early", { prefill: "DOSSIERS_RESOLVED_EARLY" }),
  count("DOSSIERS_LATE", "PROCEDURES", "Hồ sơ giải quyết trễ hạn", "Dossiers resolved late", { prefill: "DOSSIERS_RESOLVED_LATE" }),
  typedRate("DOSSIERS_ON_TIME_RATE", "PROCEDURES", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "Share of dossiers resolved early or on time"),
  count("ORG_UNITS_REORGANISED", "ORGANISATION", "Đơn vị được sắp xếp, kiện toàn", "Units reorganised"),
  count("TRAINING_COURSES", "CIVIL_SERVICE", "Lớp đào tạo, bồi dưỡng đã tổ chức", "Training courses held"),
  count("TRAINEES", "CIVIL_SERVICE", "Lượt cán bộ, công chức được đào tạo", "Officials trained"),
  count("AUTONOMOUS_UNITS", "PUBLIC_FINANCE", "Đơn vị sự nghiệp tự bảo đảm chi thường xuyên", "Public service units covering recurrent costs"),
  count("ONLINE_SERVICES", "DIGITAL_GOVERNMENT", "Dịch vụ công trực tuyến đang cung cấp", "Online public services offered", { required: true }),
  count("ONLINE_FULL", "DIGITAL_GOVERNMENT", "Dịch vụ công trực tuyến toàn trình", "Fully online public services", { required: true }),
  count("ONLINE_PARTIAL", "DIGITAL_GOVERNMENT", "Dịch vụ công trực tuyến một phần", "Partly online public services", { required: true }),
  rate("ONLINE_FULL_RATE", "DIGITAL_GOVERNMENT", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "Share of fully online services", ["ONLINE_FULL", "ONLINE_SERVICES"]),
  count("EDOCS_SENT", "DIGITAL_GOVERNMENT", "Văn bản đi", "Documents sent", { required: true }),
  count("EDOCS_ELECTRONIC", "DIGITAL_GOVERNMENT", "Văn bản đi dưới dạng điện tử", "Documents sent electronically", { required: true }),
  count("EDOCS_SIGNED", "DIGITAL_GOVERNMENT", "Văn bản điện tử có chữ ký số", "Electronic documents digitally signed", { required: true }),
  rate("EDOCS_ELECTRONIC_RATE", "DIGITAL_GOVERNMENT", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "E-document exchange rate", ["EDOCS_ELECTRONIC", "EDOCS_SENT"]),
  rate("DIGITAL_SIGNATURE_RATE", "DIGITAL_GOVERNMENT", "Tỷ lệ văn bản điện tử có chữ ký số", "Digital-signature rate", ["EDOCS_SIGNED", "EDOCS_ELECTRONIC"]),
  { code: "SATISFACTION_RATE", area: "SERVICE_IMPACT", nameVi: "Tỷ lệ hài lòng của người dân, tổ chức", nameEn: "Citizen and business satisfaction", unit: "PERCENT", min: 0, max: 100 },
  { code: "ISSUES_AND_PROPOSALS", area: "SERVICE_IMPACT", nameVi: "Khó khăn, vướng mắc và kiến nghị", nameEn: "Difficulties and proposals", unit: "TEXT" },
];

export type RuleSeed = {
  code: string; left: string[]; operator: RuleOperator; right: string[]; importance: RuleImportance; message: string; messageEn: string;
  /** a PERCENT rule: left = 100 × right ÷ denominator, within `tolerance` percentage points */
  kind?: RuleKind; denominator?: string[]; tolerance?: number;
};

/** How far a typed percentage may be from its counts: what rounding to two decimals can move it (0,01 điểm %). */
export const PERCENT_TOLERANCE = 0.01;

const agrees = (percent: string, part: string, whole: string, message: string, messageEn: string): RuleSeed => ({
  code: `${percent}_AGREES`, kind: "PERCENT", left: [percent], operator: "EQ", right: [part], denominator: [whole],
  tolerance: PERCENT_TOLERANCE, importance: "ERROR", message, messageEn,
});

const partOf = (part: string, whole: string, message: string, messageEn: string): RuleSeed => ({
  code: `${part}_LE_${whole}`, left: [part], operator: "LE", right: [whole], importance: "ERROR", message, messageEn,
});

export const REPORT_RULES: RuleSeed[] = [
  { code: "TASKS_PARTS_SUM", left: ["TASKS_DONE_ON_TIME", "TASKS_DONE_LATE", "TASKS_IN_PROGRESS"], operator: "EQ", right: ["TASKS_ASSIGNED"], importance: "ERROR",
    message: "Nhiệm vụ hoàn thành đúng hạn, trễ hạn và đang thực hiện cộng lại phải bằng số nhiệm vụ được giao.",
    messageEn: "Tasks done on time, done late and in progress must add up to the tasks assigned." },
  { code: "DOSSIERS_CHANNELS_SUM", left: ["DOSSIERS_ONLINE", "DOSSIERS_IN_PERSON", "DOSSIERS_POSTAL"], operator: "EQ", right: ["DOSSIERS_RECEIVED"], importance: "ERROR",
    message: "Hồ sơ tiếp nhận trực tuyến, trực tiếp và qua bưu chính công ích cộng lại phải bằng tổng số hồ sơ tiếp nhận.",
    messageEn: "Dossiers received online, in person and by public postal service must add up to all dossiers received." },
  { code: "DOSSIERS_RESOLVED_SUM", left: ["DOSSIERS_ON_TIME", "DOSSIERS_LATE"], operator: "EQ", right: ["DOSSIERS_RESOLVED"], importance: "ERROR",
    message: "Hồ sơ giải quyết trước và đúng hạn cộng trễ hạn phải bằng số hồ sơ đã giải quyết.",
    messageEn: "Dossiers resolved early or on time plus those resolved late must equal the dossiers resolved." },
  partOf("DOSSIERS_EARLY", "DOSSIERS_ON_TIME", "Hồ sơ trước hạn là một phần của hồ sơ trước và đúng hạn.",
    "Dossiers resolved early are part of those resolved early or on time."),
  agrees("DOSSIERS_ONLINE_RATE", "DOSSIERS_ONLINE", "DOSSIERS_RECEIVED", "Tỷ lệ hồ sơ trực tuyến phải khớp với số hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận.",
    "The online rate must match the online dossiers over all dossiers received."),
  agrees("DOSSIERS_ON_TIME_RATE", "DOSSIERS_ON_TIME", "DOSSIERS_RESOLVED", "Tỷ lệ giải quyết trước và đúng hạn phải khớp với số hồ sơ trước và đúng hạn trên số hồ sơ đã giải quyết.",
    "The early-or-on-time rate must match those dossiers over the dossiers resolved."),
  { code: "ONLINE_PARTS_SUM", left: ["ONLINE_FULL", "ONLINE_PARTIAL"], operator: "EQ", right: ["ONLINE_SERVICES"], importance: "ERROR",
    message: "Số dịch vụ toàn trình cộng một phần phải bằng tổng số dịch vụ công trực tuyến.",
    messageEn: "Full and partial online services must add up to all online public services." },
  { code: "PROC_PARTS_SUM", left: ["PROC_NEW", "PROC_AMENDED", "PROC_ABOLISHED"], operator: "EQ", right: ["PROC_PUBLISHED"], importance: "ERROR",
    message: "TTHC mới, sửa đổi và bãi bỏ cộng lại phải bằng số TTHC được công bố.",
    messageEn: "New, amended and abolished procedures must add up to the procedures published." },
  partOf("ONLINE_FULL", "ONLINE_SERVICES", "Số dịch vụ toàn trình không được lớn hơn tổng số dịch vụ công trực tuyến.",
    "Full online services cannot exceed all online public services."),
  partOf("EDOCS_ELECTRONIC", "EDOCS_SENT", "Văn bản điện tử không được nhiều hơn tổng số văn bản đi.",
    "Electronic documents cannot exceed all documents sent."),
  partOf("EDOCS_SIGNED", "EDOCS_ELECTRONIC", "Văn bản có chữ ký số không được nhiều hơn văn bản điện tử.",
    "Digitally signed documents cannot exceed electronic documents."),
  partOf("LEGAL_UNLAWFUL", "LEGAL_SELF_CHECKED", "Văn bản trái pháp luật không được nhiều hơn văn bản đã tự kiểm tra.",
    "Unlawful documents cannot exceed the documents self-checked."),
  partOf("LEGAL_DRAFTING_ERRORS", "LEGAL_SELF_CHECKED", "Văn bản sai sót không được nhiều hơn văn bản đã tự kiểm tra.",
    "Documents with drafting errors cannot exceed the documents self-checked."),
  { code: "LEGAL_CHECKED_VS_ISSUED", left: ["LEGAL_SELF_CHECKED"], operator: "LE", right: ["LEGAL_ISSUED"], importance: "WARNING",
    message: "Số văn bản tự kiểm tra nhiều hơn số văn bản ban hành trong quý (kiểm tra cả văn bản kỳ trước?).",
    messageEn: "More documents self-checked than issued in the quarter (were earlier quarters' documents checked too?)." },
];

/** Years the demo's catalogue applies from. */
export const CATALOGUE_FROM_YEAR = 2021;
