-- Issue 16, item 4: the default catalogue of the quarterly report, installed by the database
-- itself (until now only the demo seeded one), with what the province's review reports publish:
-- tasks by status; dossiers by channel (online, in person, public postal service) and by outcome
-- (early, early or on time, late); the rates agencies write beside them, and the rules that tie
-- parts to their whole and a rate to its counts (within 0.01 percentage points, rounding to two
-- decimals). The same list as lib/demo/report-catalogue.ts (tests/integration/reports/
-- default-catalogue.test.ts compares them).
-- Existing data is carried over: an indicator or rule whose code exists keeps its names, bounds,
-- rules and every reported value (Home Affairs may have edited them); only its place in the form
-- moves so that the new indicators sit beside their whole. Home Affairs edits all of it at
-- /admin/indicators.

INSERT INTO "indicator" ("code", "name_vi", "name_en", "area", "unit", "min_value", "max_value", "required", "from_year", "sort_order", "prefill") VALUES
  ('TASKS_ASSIGNED', 'Nhiệm vụ CCHC được giao trong quý', 'PAR tasks assigned in the quarter', 'DIRECTION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 10, 'TASKS_ASSIGNED'::"PrefillSource"),
  ('TASKS_DONE_ON_TIME', 'Nhiệm vụ hoàn thành đúng hạn trong quý', 'Tasks done on time in the quarter', 'DIRECTION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 20, 'TASKS_DONE_ON_TIME'::"PrefillSource"),
  ('TASKS_DONE_LATE', 'Nhiệm vụ hoàn thành trễ hạn trong quý', 'Tasks done late in the quarter', 'DIRECTION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 30, 'TASKS_DONE_LATE'::"PrefillSource"),
  ('TASKS_IN_PROGRESS', 'Nhiệm vụ đang thực hiện (chưa hoàn thành)', 'Tasks in progress (not done)', 'DIRECTION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 40, 'TASKS_IN_PROGRESS'::"PrefillSource"),
  ('PAR_COMMUNICATION', 'Hoạt động tuyên truyền CCHC', 'PAR communication activities', 'DIRECTION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 50, NULL),
  ('PAR_INSPECTIONS', 'Cuộc kiểm tra CCHC đã tổ chức', 'PAR inspections held', 'DIRECTION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 60, NULL),
  ('LEGAL_ISSUED', 'Văn bản QPPL ban hành', 'Legal documents issued', 'INSTITUTIONS'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 70, NULL),
  ('LEGAL_SELF_CHECKED', 'Văn bản QPPL đã tự kiểm tra', 'Legal documents self-checked', 'INSTITUTIONS'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 80, NULL),
  ('LEGAL_UNLAWFUL', 'Văn bản QPPL phát hiện trái pháp luật', 'Legal documents found unlawful', 'INSTITUTIONS'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 90, NULL),
  ('LEGAL_DRAFTING_ERRORS', 'Văn bản QPPL sai sót thể thức, kỹ thuật trình bày', 'Legal documents with drafting errors', 'INSTITUTIONS'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 100, NULL),
  ('PROC_PUBLISHED', 'TTHC được công bố trong quý', 'Procedures published in the quarter', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 110, NULL),
  ('PROC_NEW', 'TTHC ban hành mới', 'New procedures', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 120, NULL),
  ('PROC_AMENDED', 'TTHC sửa đổi, bổ sung', 'Procedures amended', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 130, NULL),
  ('PROC_ABOLISHED', 'TTHC bãi bỏ', 'Procedures abolished', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 140, NULL),
  ('PROC_SIMPLIFIED', 'TTHC được đơn giản hóa', 'Procedures simplified', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 150, NULL),
  ('DOSSIERS_RECEIVED', 'Hồ sơ TTHC tiếp nhận trong quý', 'Dossiers received in the quarter', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 160, 'DOSSIERS_RECEIVED'::"PrefillSource"),
  ('DOSSIERS_ONLINE', 'Hồ sơ tiếp nhận trực tuyến', 'Dossiers received online', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 170, 'DOSSIERS_ONLINE'::"PrefillSource"),
  ('DOSSIERS_IN_PERSON', 'Hồ sơ tiếp nhận trực tiếp', 'Dossiers received in person', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 180, 'DOSSIERS_IN_PERSON'::"PrefillSource"),
  ('DOSSIERS_POSTAL', 'Hồ sơ tiếp nhận qua dịch vụ bưu chính công ích', 'Dossiers received by public postal service', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 190, 'DOSSIERS_POSTAL'::"PrefillSource"),
  ('DOSSIERS_ONLINE_RATE', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', 'Share of dossiers received online', 'PROCEDURES'::"ParArea", 'PERCENT'::"IndicatorUnit", 0, 100, false, 2021, 200, NULL),
  ('DOSSIERS_RESOLVED', 'Hồ sơ đã giải quyết trong quý', 'Dossiers resolved in the quarter', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 210, 'DOSSIERS_RESOLVED'::"PrefillSource"),
  ('DOSSIERS_ON_TIME', 'Hồ sơ giải quyết trước và đúng hạn', 'Dossiers resolved early or on time', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 220, 'DOSSIERS_RESOLVED_ON_TIME'::"PrefillSource"),
  ('DOSSIERS_EARLY', 'Trong đó: hồ sơ giải quyết trước hạn', 'Of which: resolved early', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 230, 'DOSSIERS_RESOLVED_EARLY'::"PrefillSource"),
  ('DOSSIERS_LATE', 'Hồ sơ giải quyết trễ hạn', 'Dossiers resolved late', 'PROCEDURES'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 240, 'DOSSIERS_RESOLVED_LATE'::"PrefillSource"),
  ('DOSSIERS_ON_TIME_RATE', 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn', 'Share of dossiers resolved early or on time', 'PROCEDURES'::"ParArea", 'PERCENT'::"IndicatorUnit", 0, 100, false, 2021, 250, NULL),
  ('ORG_UNITS_REORGANISED', 'Đơn vị được sắp xếp, kiện toàn', 'Units reorganised', 'ORGANISATION'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 260, NULL),
  ('TRAINING_COURSES', 'Lớp đào tạo, bồi dưỡng đã tổ chức', 'Training courses held', 'CIVIL_SERVICE'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 270, NULL),
  ('TRAINEES', 'Lượt cán bộ, công chức được đào tạo', 'Officials trained', 'CIVIL_SERVICE'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 280, NULL),
  ('AUTONOMOUS_UNITS', 'Đơn vị sự nghiệp tự bảo đảm chi thường xuyên', 'Public service units covering recurrent costs', 'PUBLIC_FINANCE'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, false, 2021, 290, NULL),
  ('ONLINE_SERVICES', 'Dịch vụ công trực tuyến đang cung cấp', 'Online public services offered', 'DIGITAL_GOVERNMENT'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 300, NULL),
  ('ONLINE_FULL', 'Dịch vụ công trực tuyến toàn trình', 'Fully online public services', 'DIGITAL_GOVERNMENT'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 310, NULL),
  ('ONLINE_PARTIAL', 'Dịch vụ công trực tuyến một phần', 'Partly online public services', 'DIGITAL_GOVERNMENT'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 320, NULL),
  ('ONLINE_FULL_RATE', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', 'Share of fully online services', 'DIGITAL_GOVERNMENT'::"ParArea", 'PERCENT'::"IndicatorUnit", 0, 100, false, 2021, 330, NULL),
  ('EDOCS_SENT', 'Văn bản đi', 'Documents sent', 'DIGITAL_GOVERNMENT'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 340, NULL),
  ('EDOCS_ELECTRONIC', 'Văn bản đi dưới dạng điện tử', 'Documents sent electronically', 'DIGITAL_GOVERNMENT'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 350, NULL),
  ('EDOCS_SIGNED', 'Văn bản điện tử có chữ ký số', 'Electronic documents digitally signed', 'DIGITAL_GOVERNMENT'::"ParArea", 'COUNT'::"IndicatorUnit", 0, NULL, true, 2021, 360, NULL),
  ('EDOCS_ELECTRONIC_RATE', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', 'E-document exchange rate', 'DIGITAL_GOVERNMENT'::"ParArea", 'PERCENT'::"IndicatorUnit", 0, 100, false, 2021, 370, NULL),
  ('DIGITAL_SIGNATURE_RATE', 'Tỷ lệ văn bản điện tử có chữ ký số', 'Digital-signature rate', 'DIGITAL_GOVERNMENT'::"ParArea", 'PERCENT'::"IndicatorUnit", 0, 100, false, 2021, 380, NULL),
  ('SATISFACTION_RATE', 'Tỷ lệ hài lòng của người dân, tổ chức', 'Citizen and business satisfaction', 'SERVICE_IMPACT'::"ParArea", 'PERCENT'::"IndicatorUnit", 0, 100, false, 2021, 390, NULL),
  ('ISSUES_AND_PROPOSALS', 'Khó khăn, vướng mắc và kiến nghị', 'Difficulties and proposals', 'SERVICE_IMPACT'::"ParArea", 'TEXT'::"IndicatorUnit", NULL, NULL, false, 2021, 400, NULL)
ON CONFLICT ("code") DO UPDATE SET "sort_order" = EXCLUDED."sort_order";

UPDATE "indicator" AS i SET "numerator_id" = n."id", "denominator_id" = d."id"
FROM (VALUES
  ('ONLINE_FULL_RATE', 'ONLINE_FULL', 'ONLINE_SERVICES'),
  ('EDOCS_ELECTRONIC_RATE', 'EDOCS_ELECTRONIC', 'EDOCS_SENT'),
  ('DIGITAL_SIGNATURE_RATE', 'EDOCS_SIGNED', 'EDOCS_ELECTRONIC')
) AS c ("code", "numerator", "denominator")
JOIN "indicator" AS n ON n."code" = c."numerator"
JOIN "indicator" AS d ON d."code" = c."denominator"
WHERE i."code" = c."code" AND i."numerator_id" IS NULL AND i."prefill" IS NULL;

INSERT INTO "validation_rule" ("code", "left_codes", "operator", "right_codes", "importance", "message_vi", "kind", "denominator_codes", "tolerance") VALUES
  ('TASKS_PARTS_SUM', ARRAY['TASKS_DONE_ON_TIME', 'TASKS_DONE_LATE', 'TASKS_IN_PROGRESS']::TEXT[], 'EQ'::"RuleOperator", ARRAY['TASKS_ASSIGNED']::TEXT[], 'ERROR'::"RuleImportance", 'Nhiệm vụ hoàn thành đúng hạn, trễ hạn và đang thực hiện cộng lại phải bằng số nhiệm vụ được giao.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('DOSSIERS_CHANNELS_SUM', ARRAY['DOSSIERS_ONLINE', 'DOSSIERS_IN_PERSON', 'DOSSIERS_POSTAL']::TEXT[], 'EQ'::"RuleOperator", ARRAY['DOSSIERS_RECEIVED']::TEXT[], 'ERROR'::"RuleImportance", 'Hồ sơ tiếp nhận trực tuyến, trực tiếp và qua bưu chính công ích cộng lại phải bằng tổng số hồ sơ tiếp nhận.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('DOSSIERS_RESOLVED_SUM', ARRAY['DOSSIERS_ON_TIME', 'DOSSIERS_LATE']::TEXT[], 'EQ'::"RuleOperator", ARRAY['DOSSIERS_RESOLVED']::TEXT[], 'ERROR'::"RuleImportance", 'Hồ sơ giải quyết trước và đúng hạn cộng trễ hạn phải bằng số hồ sơ đã giải quyết.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('DOSSIERS_EARLY_LE_DOSSIERS_ON_TIME', ARRAY['DOSSIERS_EARLY']::TEXT[], 'LE'::"RuleOperator", ARRAY['DOSSIERS_ON_TIME']::TEXT[], 'ERROR'::"RuleImportance", 'Hồ sơ trước hạn là một phần của hồ sơ trước và đúng hạn.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('DOSSIERS_ONLINE_RATE_AGREES', ARRAY['DOSSIERS_ONLINE_RATE']::TEXT[], 'EQ'::"RuleOperator", ARRAY['DOSSIERS_ONLINE']::TEXT[], 'ERROR'::"RuleImportance", 'Tỷ lệ hồ sơ trực tuyến phải khớp với số hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận.', 'PERCENT'::"RuleKind", ARRAY['DOSSIERS_RECEIVED']::TEXT[], 0.01),
  ('DOSSIERS_ON_TIME_RATE_AGREES', ARRAY['DOSSIERS_ON_TIME_RATE']::TEXT[], 'EQ'::"RuleOperator", ARRAY['DOSSIERS_ON_TIME']::TEXT[], 'ERROR'::"RuleImportance", 'Tỷ lệ giải quyết trước và đúng hạn phải khớp với số hồ sơ trước và đúng hạn trên số hồ sơ đã giải quyết.', 'PERCENT'::"RuleKind", ARRAY['DOSSIERS_RESOLVED']::TEXT[], 0.01),
  ('ONLINE_PARTS_SUM', ARRAY['ONLINE_FULL', 'ONLINE_PARTIAL']::TEXT[], 'EQ'::"RuleOperator", ARRAY['ONLINE_SERVICES']::TEXT[], 'ERROR'::"RuleImportance", 'Số dịch vụ toàn trình cộng một phần phải bằng tổng số dịch vụ công trực tuyến.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('PROC_PARTS_SUM', ARRAY['PROC_NEW', 'PROC_AMENDED', 'PROC_ABOLISHED']::TEXT[], 'EQ'::"RuleOperator", ARRAY['PROC_PUBLISHED']::TEXT[], 'ERROR'::"RuleImportance", 'TTHC mới, sửa đổi và bãi bỏ cộng lại phải bằng số TTHC được công bố.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('ONLINE_FULL_LE_ONLINE_SERVICES', ARRAY['ONLINE_FULL']::TEXT[], 'LE'::"RuleOperator", ARRAY['ONLINE_SERVICES']::TEXT[], 'ERROR'::"RuleImportance", 'Số dịch vụ toàn trình không được lớn hơn tổng số dịch vụ công trực tuyến.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('EDOCS_ELECTRONIC_LE_EDOCS_SENT', ARRAY['EDOCS_ELECTRONIC']::TEXT[], 'LE'::"RuleOperator", ARRAY['EDOCS_SENT']::TEXT[], 'ERROR'::"RuleImportance", 'Văn bản điện tử không được nhiều hơn tổng số văn bản đi.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('EDOCS_SIGNED_LE_EDOCS_ELECTRONIC', ARRAY['EDOCS_SIGNED']::TEXT[], 'LE'::"RuleOperator", ARRAY['EDOCS_ELECTRONIC']::TEXT[], 'ERROR'::"RuleImportance", 'Văn bản có chữ ký số không được nhiều hơn văn bản điện tử.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('LEGAL_UNLAWFUL_LE_LEGAL_SELF_CHECKED', ARRAY['LEGAL_UNLAWFUL']::TEXT[], 'LE'::"RuleOperator", ARRAY['LEGAL_SELF_CHECKED']::TEXT[], 'ERROR'::"RuleImportance", 'Văn bản trái pháp luật không được nhiều hơn văn bản đã tự kiểm tra.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('LEGAL_DRAFTING_ERRORS_LE_LEGAL_SELF_CHECKED', ARRAY['LEGAL_DRAFTING_ERRORS']::TEXT[], 'LE'::"RuleOperator", ARRAY['LEGAL_SELF_CHECKED']::TEXT[], 'ERROR'::"RuleImportance", 'Văn bản sai sót không được nhiều hơn văn bản đã tự kiểm tra.', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0),
  ('LEGAL_CHECKED_VS_ISSUED', ARRAY['LEGAL_SELF_CHECKED']::TEXT[], 'LE'::"RuleOperator", ARRAY['LEGAL_ISSUED']::TEXT[], 'WARNING'::"RuleImportance", 'Số văn bản tự kiểm tra nhiều hơn số văn bản ban hành trong quý (kiểm tra cả văn bản kỳ trước?).', 'SUM'::"RuleKind", ARRAY[]::TEXT[], 0)
ON CONFLICT ("code") DO NOTHING;
