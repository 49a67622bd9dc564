-- CreateTable
CREATE TABLE "Budget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scope" TEXT NOT NULL,
    "scopeId" TEXT NOT NULL,
    "dailyCredits" REAL,
    "monthlyCredits" REAL,
    "exempt" BOOLEAN NOT NULL DEFAULT false,
    "dayKey" TEXT NOT NULL,
    "dayUsed" REAL NOT NULL DEFAULT 0,
    "monthKey" TEXT NOT NULL,
    "monthUsed" REAL NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "BudgetHold" (
    "taskId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "budgetIds" TEXT NOT NULL,
    "amount" REAL NOT NULL,
    "charged" REAL,
    "dayKey" TEXT NOT NULL,
    "monthKey" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'held',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" DATETIME,
    CONSTRAINT "BudgetHold_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BalanceSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "credits" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "OperationSwitch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "operationId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'global',
    "scopeId" TEXT NOT NULL DEFAULT '',
    "reason" TEXT,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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

