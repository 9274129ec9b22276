-- Takes the booking's transaction-level advisory locks in the order given, in one round trip
-- (lib/booking/booking-locks.ts; docs/decisions/016 and 022). A loop, unlike one SELECT over the
-- keys, promises the order.
CREATE FUNCTION rehabit_advisory_xact_lock_in_order(keys bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  k bigint;
BEGIN
  FOREACH k IN ARRAY keys LOOP
    PERFORM pg_advisory_xact_lock(k);
  END LOOP;
END
$$;
