-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'INSURANCE_CLAIM');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('CARD', 'INSURANCE');

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "needs_no_show_review" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "room_finished_at" TIMESTAMPTZ(3),
ADD COLUMN     "video_seconds" INTEGER;

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL,
    "appointment_id" TEXT NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "stripe_checkout_session_id" TEXT,
    "stripe_payment_intent_id" TEXT,
    "insurance_payer" TEXT,
    "insurance_member_id" TEXT,
    "paid_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refunds" (
    "id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "stripe_refund_id" TEXT,
    "requested_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "provider" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("provider","event_id")
);

-- CreateTable
CREATE TABLE "video_attendance" (
    "id" TEXT NOT NULL,
    "appointment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "participant_sid" TEXT NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL,
    "left_at" TIMESTAMPTZ(3),

    CONSTRAINT "video_attendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payments_appointment_id_key" ON "payments"("appointment_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_stripe_checkout_session_id_key" ON "payments"("stripe_checkout_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_stripe_payment_intent_id_key" ON "payments"("stripe_payment_intent_id");

-- CreateIndex
CREATE INDEX "payments_status_idx" ON "payments"("status");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_stripe_refund_id_key" ON "refunds"("stripe_refund_id");

-- CreateIndex
CREATE INDEX "refunds_payment_id_idx" ON "refunds"("payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "video_attendance_participant_sid_key" ON "video_attendance"("participant_sid");

-- CreateIndex
CREATE INDEX "video_attendance_appointment_id_idx" ON "video_attendance"("appointment_id");

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "video_attendance" ADD CONSTRAINT "video_attendance_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: payment rules the database enforces.
ALTER TABLE "payments" ADD CONSTRAINT "payments_amounts_valid"
  CHECK ("amount_cents" >= 0 AND "refunded_cents" >= 0 AND "refunded_cents" <= "amount_cents");
ALTER TABLE "payments" ADD CONSTRAINT "payments_insurance_has_payer"
  CHECK ("method" <> 'INSURANCE' OR ("insurance_payer" IS NOT NULL AND "insurance_member_id" IS NOT NULL));
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_amount_positive" CHECK ("amount_cents" > 0);
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_video_seconds_non_negative" CHECK ("video_seconds" IS NULL OR "video_seconds" >= 0);

-- Payment status only moves forward, whatever order webhooks arrive in.
CREATE FUNCTION payments_status_forward_only() RETURNS trigger AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'PENDING' AND NEW.status IN ('SUCCEEDED', 'FAILED', 'EXPIRED'))
    OR (OLD.status IN ('FAILED', 'EXPIRED') AND NEW.status = 'SUCCEEDED')
    OR (OLD.status = 'SUCCEEDED' AND NEW.status IN ('PARTIALLY_REFUNDED', 'REFUNDED'))
    OR (OLD.status = 'PARTIALLY_REFUNDED' AND NEW.status = 'REFUNDED')
  ) THEN
    RAISE EXCEPTION 'payment status cannot go from % to %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payments_status_forward_only';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER payments_status_forward_only BEFORE UPDATE OF status ON "payments"
  FOR EACH ROW EXECUTE FUNCTION payments_status_forward_only();
