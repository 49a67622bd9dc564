-- CreateTable
CREATE TABLE "CallbackReceipt" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "kieTaskId" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CallbackReceipt_expiresAt_idx" ON "CallbackReceipt"("expiresAt");

