-- CreateTable
CREATE TABLE "RateSlot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bucket" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "RateSlot_bucket_takenAt_idx" ON "RateSlot"("bucket", "takenAt");

