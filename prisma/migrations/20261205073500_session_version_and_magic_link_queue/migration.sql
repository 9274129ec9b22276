-- AlterTable
ALTER TABLE "users" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- Hand-written: a new password, a deactivation, a role change or a practice change ends every
-- session of that user (decision 014). In the database, so no code path that writes these columns
-- can forget it; sign-out raises the version from the app.
CREATE FUNCTION users_end_sessions() RETURNS trigger AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR (OLD.active AND NOT NEW.active)
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.practice_id IS DISTINCT FROM OLD.practice_id THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_end_sessions BEFORE UPDATE OF password_hash, active, role, practice_id ON "users"
  FOR EACH ROW EXECUTE FUNCTION users_end_sessions();

-- Magic-link mails leave the request path through this queue (lib/jobs/queue.ts JOBS); see
-- 20261125221636_pgboss_queue for why every queue is created by a migration.
SELECT pgboss.create_queue('auth.magic-link', '{"policy":"standard"}'::json);
