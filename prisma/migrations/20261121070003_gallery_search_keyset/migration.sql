-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Asset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "outputKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "mime" TEXT,
    "bytes" INTEGER,
    "sha256" TEXT,
    "storageKey" TEXT,
    "posterKey" TEXT,
    "thumbKey" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "title" TEXT,
    "durationSec" REAL,
    "width" INTEGER,
    "height" INTEGER,
    "meta" TEXT NOT NULL DEFAULT '{}',
    "searchText" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL DEFAULT '',
    "operationId" TEXT NOT NULL DEFAULT '',
    "mirrorError" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mirroredAt" DATETIME,
    CONSTRAINT "Asset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Asset_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Asset" ("attempts", "bytes", "createdAt", "durationSec", "expiresAt", "height", "id", "kind", "meta", "mime", "mirrorError", "mirroredAt", "outputKey", "posterKey", "sha256", "sourceUrl", "status", "storageKey", "taskId", "thumbKey", "title", "userId", "width") SELECT "attempts", "bytes", "createdAt", "durationSec", "expiresAt", "height", "id", "kind", "meta", "mime", "mirrorError", "mirroredAt", "outputKey", "posterKey", "sha256", "sourceUrl", "status", "storageKey", "taskId", "thumbKey", "title", "userId", "width" FROM "Asset";
DROP TABLE "Asset";
ALTER TABLE "new_Asset" RENAME TO "Asset";
CREATE INDEX "Asset_userId_createdAt_idx" ON "Asset"("userId", "createdAt");
CREATE INDEX "Asset_userId_status_createdAt_id_searchText_idx" ON "Asset"("userId", "status", "createdAt", "id", "searchText");
CREATE INDEX "Asset_userId_status_kind_createdAt_id_idx" ON "Asset"("userId", "status", "kind", "createdAt", "id");
CREATE INDEX "Asset_status_idx" ON "Asset"("status");
CREATE UNIQUE INDEX "Asset_taskId_outputKey_key" ON "Asset"("taskId", "outputKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill: lower(title + "\n" + prompt), the prompt being the input's `prompt` (or `text` when
-- there is no prompt), with % _ \ as U+E000..U+E002, as lib/assets/search-text.ts writes it for new
-- results. SQLite's lower() folds ASCII only; results made from now on are folded fully by JavaScript.
UPDATE "Asset" SET "searchText" = replace(replace(replace(lower(
  coalesce("title", '') || char(10) || coalesce((
    SELECT CASE
      WHEN NOT json_valid(t."input") THEN NULL
      WHEN json_type(t."input", '$.prompt') = 'text' THEN json_extract(t."input", '$.prompt')
      WHEN coalesce(json_type(t."input", '$.prompt'), 'null') = 'null'
        AND json_type(t."input", '$.text') = 'text' THEN json_extract(t."input", '$.text')
    END
    FROM "Task" t WHERE t."id" = "Asset"."taskId"
  ), '')
), '%', char(57344)), '_', char(57345)), '\', char(57346));

UPDATE "Asset" SET
  "category" = (SELECT t."category" FROM "Task" t WHERE t."id" = "Asset"."taskId"),
  "operationId" = (SELECT t."operationId" FROM "Task" t WHERE t."id" = "Asset"."taskId");
