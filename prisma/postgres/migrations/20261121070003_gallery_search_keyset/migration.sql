-- DropIndex
DROP INDEX "Asset_userId_kind_createdAt_idx";

-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "category" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "operationId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Backfill: lower(title + "\n" + prompt), the prompt being the input's `prompt` (or `text` when
-- there is no prompt), with % _ \ as U+E000..U+E002, as lib/assets/search-text.ts writes it for new
-- results. lower() folds what the database's locale folds. An input that is not
-- valid JSON (never written by the app, but possible in old rows) counts as having no prompt.
CREATE FUNCTION pg_temp.kie_try_jsonb(t text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN t::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$;

UPDATE "Asset" a SET "searchText" = replace(replace(replace(lower(
  coalesce(a."title", '') || E'\n' || coalesce(
    CASE
      WHEN jsonb_typeof(t.j -> 'prompt') = 'string' THEN t.j ->> 'prompt'
      WHEN coalesce(jsonb_typeof(t.j -> 'prompt'), 'null') = 'null'
        AND jsonb_typeof(t.j -> 'text') = 'string' THEN t.j ->> 'text'
    END, '')
), '%', chr(57344)), '_', chr(57345)), '\', chr(57346))
FROM (SELECT "id", pg_temp.kie_try_jsonb("input") AS j FROM "Task") t
WHERE t."id" = a."taskId";

UPDATE "Asset" a SET "category" = t."category", "operationId" = t."operationId"
FROM "Task" t
WHERE t."id" = a."taskId";

-- CreateIndex
-- Written by hand: the schema's index also carries "searchText" (a covering index for SQLite's word
-- search), but a PostgreSQL btree entry holds at most ~2.7 kB and a prompt can be longer, so here
-- the same-named index stops at "id"; PostgreSQL reads the rows it needs from the heap.
CREATE INDEX "Asset_userId_status_createdAt_id_searchText_idx" ON "Asset"("userId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Asset_userId_status_kind_createdAt_id_idx" ON "Asset"("userId", "status", "kind", "createdAt", "id");
