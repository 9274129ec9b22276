-- Hand-written: the queues of the "new message" email and the therapists' daily digest of
-- unanswered messages (lib/jobs/queue.ts JOBS, decision 026); see 20261125221636_pgboss_queue for
-- why every queue is created by a migration.
SELECT pgboss.create_queue('message.notify', '{"policy":"standard"}'::json);
SELECT pgboss.create_queue('messages.digest', '{"policy":"standard"}'::json);
