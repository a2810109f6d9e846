-- Shared read cache (issue 19): every statement that changes a table the province-wide reads use
-- sends a notification naming the table's domain. PostgreSQL delivers it at COMMIT (never for a
-- rolled-back write), collapses repeats within one transaction, and takes no row lock, so writers
-- do not queue on a version row. Each app process LISTENs (lib/db/changes.ts) and drops its cached
-- reads of that domain (lib/data/cache.ts). Statement-level: a COPY of a million dossiers costs one
-- call, not a million.
CREATE FUNCTION cchc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cchc_data_change', TG_ARGV[0]);
  RETURN NULL;
END $$;

CREATE TRIGGER "agency_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agency" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('organisation');
CREATE TRIGGER "reorganisation_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reorganisation" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('organisation');
CREATE TRIGGER "reorganisation_line_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reorganisation_line" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('organisation');
CREATE TRIGGER "ranking_group_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ranking_group" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('organisation');
CREATE TRIGGER "ranking_group_member_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ranking_group_member" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('organisation');
CREATE TRIGGER "setting_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "setting" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('organisation');
CREATE TRIGGER "dossier_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dossier" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "dossier_agency_change_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dossier_agency_change" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "dossier_stat_day_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dossier_stat_day" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "dossier_stat_agency_month_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dossier_stat_agency_month" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "dossier_stat_procedure_month_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dossier_stat_procedure_month" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "dossier_stat_official_month_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dossier_stat_official_month" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "procedure_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "procedure" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "procedure_field_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "procedure_field" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "official_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "official" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('dossiers');
CREATE TRIGGER "task_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('tasks');
CREATE TRIGGER "staffing_quota_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "staffing_quota" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('staffing');
CREATE TRIGGER "target_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "target" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('staffing');
CREATE TRIGGER "service_unit_autonomy_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_unit_autonomy" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('staffing');
CREATE TRIGGER "quota_decision_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "quota_decision" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('staffing');
CREATE TRIGGER "quota_decision_line_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "quota_decision_line" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('staffing');
CREATE TRIGGER "index_definition_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "index_definition" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('indices');
CREATE TRIGGER "index_component_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "index_component" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('indices');
CREATE TRIGGER "index_score_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "index_score" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('indices');
CREATE TRIGGER "index_component_score_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "index_component_score" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('indices');
CREATE TRIGGER "index_component_owner_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "index_component_owner" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('indices');
CREATE TRIGGER "index_peer_score_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "index_peer_score" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('indices');
CREATE TRIGGER "rating_band_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rating_band" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('assessments');
CREATE TRIGGER "assessment_criterion_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assessment_criterion" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('assessments');
CREATE TRIGGER "agency_assessment_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agency_assessment" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('assessments');
CREATE TRIGGER "assessment_criterion_score_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assessment_criterion_score" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('assessments');
CREATE TRIGGER "reporting_period_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reporting_period" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('reports');
CREATE TRIGGER "indicator_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('reports');
CREATE TRIGGER "validation_rule_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "validation_rule" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('reports');
CREATE TRIGGER "reporting_reopening_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reporting_reopening" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('reports');
CREATE TRIGGER "report_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "report" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('reports');
CREATE TRIGGER "report_value_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "report_value" FOR EACH STATEMENT EXECUTE FUNCTION cchc_notify_change('reports');
