-- Security (issue 17): sessions that end when their user changes, the sign-in throttle's index,
-- and the append-only tables' privileges for the app's database role.

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;

-- ── Hand-written below: what Prisma cannot express ──

-- Every session carries the session_version it was opened with (lib/auth/options.ts); a new
-- password, a deactivation, or a role or agency change increments it, and lib/auth/session.ts
-- refuses a session whose version is no longer the row's: the user's other sessions end at their
-- next request, whichever code path (or administrator with psql) made the change. Nothing else
-- may set the column, so an old session cannot be brought back by writing an old number.
CREATE FUNCTION "app_user_bump_session_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
     OR (OLD.active AND NOT NEW.active) THEN
    NEW.session_version := OLD.session_version + 1;
  ELSE
    NEW.session_version := OLD.session_version;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "app_user_session_version" BEFORE UPDATE ON "app_user"
  FOR EACH ROW EXECUTE FUNCTION "app_user_bump_session_version"();

-- The sign-in throttle counts a client's recent failed attempts (lib/data/sign-in-throttle.ts).
CREATE INDEX "audit_log_failed_sign_in_idx" ON "audit_log" ("ip", "at") WHERE "action" = 'SIGN_IN_FAILED';

-- The app's role (README "Database roles") gets SELECT, INSERT, UPDATE, DELETE on every table by
-- its owner's default privileges. Append-only tables (those with a trigger named *_append_only)
-- keep only SELECT and INSERT for every role but their owner, and the migration history is the
-- owner's alone. A later migration that adds an append-only table ends with
-- `SELECT revoke_append_only_writes();`; scripts/lib/process.ts also runs it after every deploy.
CREATE FUNCTION "revoke_append_only_writes"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT DISTINCT c.oid::regclass AS relation, acl.grantee, c.relname = '_prisma_migrations' AS history
      FROM pg_class c
      CROSS JOIN LATERAL aclexplode(c.relacl) acl
     WHERE c.relnamespace = 'public'::regnamespace
       AND acl.grantee <> c.relowner
       AND (c.relname = '_prisma_migrations'
            OR (acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
                AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname LIKE '%\_append\_only')))
  LOOP
    EXECUTE format(
      'REVOKE %s ON %s FROM %s',
      CASE WHEN target.history THEN 'ALL' ELSE 'UPDATE, DELETE, TRUNCATE' END,
      target.relation,
      CASE WHEN target.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(target.grantee)) END
    );
  END LOOP;
END $$;

SELECT revoke_append_only_writes();
REVOKE EXECUTE ON FUNCTION revoke_append_only_writes() FROM PUBLIC;
