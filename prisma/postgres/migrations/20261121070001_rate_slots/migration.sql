-- CreateTable
CREATE TABLE "RateSlot" (
    "id" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RateSlot_bucket_takenAt_idx" ON "RateSlot"("bucket", "takenAt");

