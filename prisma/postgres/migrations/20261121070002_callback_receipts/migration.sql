-- CreateTable
CREATE TABLE "CallbackReceipt" (
    "key" TEXT NOT NULL,
    "kieTaskId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CallbackReceipt_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "CallbackReceipt_expiresAt_idx" ON "CallbackReceipt"("expiresAt");

