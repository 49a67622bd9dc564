-- CreateTable
CREATE TABLE "Budget" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "scopeId" TEXT NOT NULL,
    "dailyCredits" DOUBLE PRECISION,
    "monthlyCredits" DOUBLE PRECISION,
    "exempt" BOOLEAN NOT NULL DEFAULT false,
    "dayKey" TEXT NOT NULL,
    "dayUsed" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "monthKey" TEXT NOT NULL,
    "monthUsed" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetHold" (
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "budgetIds" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "charged" DOUBLE PRECISION,
    "dayKey" TEXT NOT NULL,
    "monthKey" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'held',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" TIMESTAMP(3),

    CONSTRAINT "BudgetHold_pkey" PRIMARY KEY ("taskId")
);

-- CreateTable
CREATE TABLE "BalanceSnapshot" (
    "id" TEXT NOT NULL,
    "credits" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BalanceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperationSwitch" (
    "id" TEXT NOT NULL,
    "operationId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'global',
    "scopeId" TEXT NOT NULL DEFAULT '',
    "reason" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OperationSwitch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Budget_scope_scopeId_key" ON "Budget"("scope", "scopeId");

-- CreateIndex
CREATE INDEX "BudgetHold_state_idx" ON "BudgetHold"("state");

-- CreateIndex
CREATE INDEX "BudgetHold_userId_createdAt_idx" ON "BudgetHold"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "BalanceSnapshot_takenAt_idx" ON "BalanceSnapshot"("takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "OperationSwitch_operationId_scope_scopeId_key" ON "OperationSwitch"("operationId", "scope", "scopeId");

-- AddForeignKey
ALTER TABLE "BudgetHold" ADD CONSTRAINT "BudgetHold_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

