-- Hand-written (decision 040): receipt numbers, per practice and gap-free, assigned by the database
-- when a payment first reaches a state the patient has paid or owes (card SUCCEEDED, or an
-- INSURANCE_CLAIM recorded), whichever code path writes it; the emails of receipts and refunds.

CREATE TABLE "receipt_counters" (
    "practice_id" TEXT NOT NULL,
    "last_number" INTEGER NOT NULL,
    CONSTRAINT "receipt_counters_pkey" PRIMARY KEY ("practice_id"),
    CONSTRAINT "receipt_counters_last_number_check" CHECK ("last_number" > 0)
);
ALTER TABLE "receipt_counters" ADD CONSTRAINT "receipt_counters_practice_id_fkey"
    FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "payments" ADD COLUMN "receipt_number" TEXT;
ALTER TABLE "payments" ADD COLUMN "receipt_emailed_at" TIMESTAMPTZ(3);
CREATE UNIQUE INDEX "payments_receipt_number_key" ON "payments"("receipt_number");
ALTER TABLE "refunds" ADD COLUMN "notice_sent_at" TIMESTAMPTZ(3);

-- Payments already paid or claimed: numbered in the order they were paid (or claimed), per practice.
WITH numbered AS (
  SELECT p.id, t.practice_id, pr.slug,
         row_number() OVER (PARTITION BY t.practice_id ORDER BY COALESCE(p.paid_at, p.created_at), p.id) AS n
    FROM payments p
    JOIN appointments a ON a.id = p.appointment_id
    JOIN therapists t ON t.id = a.therapist_id
    JOIN practices pr ON pr.id = t.practice_id
   WHERE p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'INSURANCE_CLAIM')
)
UPDATE payments SET receipt_number = upper(numbered.slug) || '-' || CASE WHEN numbered.n < 1000000 THEN lpad(numbered.n::text, 6, '0') ELSE numbered.n::text END
  FROM numbered WHERE payments.id = numbered.id;

INSERT INTO receipt_counters (practice_id, last_number)
SELECT t.practice_id, count(*)
  FROM payments p JOIN appointments a ON a.id = p.appointment_id JOIN therapists t ON t.id = a.therapist_id
 WHERE p.receipt_number IS NOT NULL
 GROUP BY t.practice_id;

-- The next number of the payment's practice, taken under the counter row's lock: a payment whose
-- transaction rolls back gives its number back, so the numbers have no gaps.
CREATE FUNCTION assign_receipt_number() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  practice text;
  prefix text;
  next_number integer;
BEGIN
  IF NEW.receipt_number IS NOT NULL
     OR NEW.status NOT IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'INSURANCE_CLAIM') THEN
    RETURN NEW;
  END IF;
  SELECT pr.id, upper(pr.slug) INTO practice, prefix
    FROM appointments a JOIN therapists t ON t.id = a.therapist_id JOIN practices pr ON pr.id = t.practice_id
   WHERE a.id = NEW.appointment_id;
  INSERT INTO receipt_counters AS c (practice_id, last_number) VALUES (practice, 1)
  ON CONFLICT (practice_id) DO UPDATE SET last_number = c.last_number + 1
  RETURNING c.last_number INTO next_number;
  NEW.receipt_number := prefix || '-' || CASE WHEN next_number < 1000000 THEN lpad(next_number::text, 6, '0') ELSE next_number::text END;
  RETURN NEW;
END $$;

CREATE TRIGGER payments_receipt_number BEFORE INSERT OR UPDATE OF status ON payments
  FOR EACH ROW EXECUTE FUNCTION assign_receipt_number();

SELECT pgboss.create_queue('payment.receipt', '{"policy":"standard"}'::json);
SELECT pgboss.create_queue('payment.refund-notice', '{"policy":"standard"}'::json);
