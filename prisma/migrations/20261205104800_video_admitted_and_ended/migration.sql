-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "video_admitted_at" TIMESTAMPTZ(3),
ADD COLUMN     "video_ended_at" TIMESTAMPTZ(3);
