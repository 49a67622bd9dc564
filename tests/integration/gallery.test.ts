import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { searchTextOf } from "@/lib/assets/search-text";
import { type Harness, startHarness, testDb } from "../support/harness";
import { readZip } from "../unit/gallery/zip-reader";

// The list route is called with a personal access token; no Auth.js session in these tests.
vi.mock("@/lib/auth", () => ({ auth: async () => null }));

/**
 * The gallery's data layer over a real migrated SQLite database and real stored files: filters,
 * search, sort and cursor paging; favourites and ordered collections; deleting files; the ZIP.
 */
let h: Harness;
let lib: {
  db: typeof import("@/lib/db").db;
  assets: typeof import("@/lib/dal/assets");
  collections: typeof import("@/lib/dal/collections");
  zipStream: typeof import("@/app/api/v1/assets/zip/archive").zipStream;
  storage: typeof import("@/lib/assets/storage");
};
let me: string;
let other: string;

const DAY = 86_400_000;
const T0 = Date.parse("2026-06-15T12:00:00Z");

type Made = { taskId: string; assetId: string };

async function make(
  userId: string,
  o: {
    kind?: string;
    op?: string;
    category?: string;
    prompt?: string;
    title?: string;
    daysAgo?: number;
    parent?: Made;
  },
): Promise<Made> {
  const { db } = lib;
  const kind = o.kind ?? "image";
  const createdAt = new Date(T0 - (o.daysAgo ?? 0) * DAY);
  const input = JSON.stringify({ prompt: o.prompt ?? "untitled", aspect_ratio: "1:1" });
  const task = await db.task.create({
    data: {
      userId,
      operationId: o.op ?? "image.market.nano-banana",
      category: o.category ?? "image",
      state: "succeeded",
      input,
      callbackToken: `cb-${Math.random().toString(36).slice(2)}${Date.now()}`,
      costEstimate: 4,
      creditsCharged: 3.5,
      parentTaskId: o.parent?.taskId,
      parentAssetId: o.parent?.assetId,
      createdAt,
      finishedAt: createdAt,
    },
  });
  const asset = await db.asset.create({
    data: {
      userId,
      taskId: task.id,
      outputKey: `${kind}-0`,
      kind,
      status: "mirrored",
      sourceUrl: "https://x.invalid/",
      createdAt,
    },
  });
  const body = Buffer.from(`${kind} bytes of ${asset.id}`);
  const storageKey = `assets/${userId}/${asset.id}`;
  const thumbKey = `thumbs/${userId}/${asset.id}.webp`;
  await lib.storage.putBuffer(storageKey, body);
  await lib.storage.putBuffer(thumbKey, Buffer.from("thumb"));
  await db.asset.update({
    where: { id: asset.id },
    data: {
      storageKey,
      thumbKey: kind === "image" ? thumbKey : null,
      mime: kind === "image" ? "image/png" : kind === "audio" ? "audio/wav" : "text/plain",
      bytes: body.length,
      title: o.title ?? null,
      // As lib/tasks/poll.ts writes them when a result is recorded.
      searchText: searchTextOf(o.title, input),
      category: o.category ?? "image",
      operationId: o.op ?? "image.market.nano-banana",
    },
  });
  return { taskId: task.id, assetId: asset.id };
}

const list = (userId: string, opts: Partial<import("@/lib/dal/assets").AssetListOptions> = {}) =>
  lib.assets.listAssetsForUser(userId, { limit: 50, ...opts });
const ids = (page: { items: { assetId: string }[] }) => page.items.map((i) => i.assetId);

let fox: Made;
let song: Made;
let old: Made;
let child: Made;
let lyricsWord: Made;
let foreign: Made;

beforeAll(async () => {
  h = await startHarness();
  const [{ db, dbReady }, assets, collections, { zipStream }, storage] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/dal/assets"),
    import("@/lib/dal/collections"),
    import("@/app/api/v1/assets/zip/archive"),
    import("@/lib/assets/storage"),
  ]);
  await dbReady();
  lib = { db, assets, collections, zipStream, storage };
  me = (await db.user.create({ data: { email: "gallery@example.com", passwordHash: "x" } })).id;
  other = (await db.user.create({ data: { email: "stranger@example.com", passwordHash: "x" } })).id;
  old = await make(me, { prompt: "An old lighthouse", daysAgo: 40 });
  fox = await make(me, { prompt: "A red Fox in snow", daysAgo: 2 });
  song = await make(me, {
    kind: "audio",
    op: "music.generate",
    category: "music",
    prompt: "calm piano",
    title: "Night Swim",
    daysAgo: 1,
  });
  child = await make(me, { prompt: "the fox, upscaled", daysAgo: 0, parent: fox });
  // "aspect" only appears as a key in every input: a search for it must not match anything.
  lyricsWord = await make(me, {
    kind: "text",
    op: "music.lyrics",
    category: "music",
    prompt: "words about rain",
    daysAgo: 3,
  });
  foreign = await make(other, { prompt: "A red fox that is not mine", daysAgo: 1 });
});
afterAll(() => h?.close());

describe("listing, filtering and searching", () => {
  it("lists only my results, newest first, or oldest first", async () => {
    const newest = await list(me);
    expect(ids(newest)).toEqual([child.assetId, song.assetId, fox.assetId, lyricsWord.assetId, old.assetId]);
    expect(ids(await list(me, { sort: "oldest" }))).toEqual(ids(newest).reverse());
    expect(ids(newest)).not.toContain(foreign.assetId);
  });

  it("pages by cursor without gaps or repeats, in both orders", async () => {
    for (const sort of ["newest", "oldest"] as const) {
      const all = ids(await list(me, { sort }));
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(me, { sort, limit: 2, cursor });
        seen.push(...ids(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it("filters by kind, category, operation and date range", async () => {
    expect(ids(await list(me, { kind: "audio" }))).toEqual([song.assetId]);
    expect(ids(await list(me, { category: "music" }))).toEqual([song.assetId, lyricsWord.assetId]);
    expect(ids(await list(me, { operations: ["music.lyrics"] }))).toEqual([lyricsWord.assetId]);
    const range = await list(me, { from: new Date(T0 - 5 * DAY), to: new Date(T0 - DAY / 2) });
    expect(ids(range)).toEqual([song.assetId, fox.assetId, lyricsWord.assetId]);
  });

  it("searches prompts and titles case-insensitively, never the input's field names", async () => {
    expect(ids(await list(me, { q: "fox" }))).toEqual([child.assetId, fox.assetId]);
    expect(ids(await list(me, { q: "RED FOX" }))).toEqual([fox.assetId]);
    expect(ids(await list(me, { q: "night swim" }))).toEqual([song.assetId]);
    expect(ids(await list(me, { q: "aspect" }))).toEqual([]);
    // Search pages by cursor too, reading past non-matching rows.
    const first = await list(me, { q: "fox", limit: 1 });
    expect(ids(first)).toEqual([child.assetId]);
    expect(ids(await list(me, { q: "fox", limit: 1, cursor: first.nextCursor! }))).toEqual([fox.assetId]);
  });

  it("matches every word of a query in any order, across title and prompt", async () => {
    expect(ids(await list(me, { q: "fox red" }))).toEqual([fox.assetId]);
    expect(ids(await list(me, { q: "  snow   FOX  " }))).toEqual([fox.assetId]);
    // One word from the title and one from the prompt.
    expect(ids(await list(me, { q: "swim piano" }))).toEqual([song.assetId]);
    // A word that is nowhere rules the result out, however many others match.
    expect(ids(await list(me, { q: "red fox lighthouse" }))).toEqual([]);
    // LIKE wildcards are plain characters, and a word never spans the title/prompt seam.
    expect(ids(await list(me, { q: "%" }))).toEqual([]);
    expect(ids(await list(me, { q: "r_d" }))).toEqual([]);
    expect(ids(await list(me, { q: "swimcalm" }))).toEqual([]);
    const literal = await make(other, { prompt: "100% cotton_tee, back\\slash" });
    for (const q of ["100%", "N_T", "k\\s"]) expect(ids(await list(other, { q }))).toEqual([literal.assetId]);
    for (const q of ["0%c", "n_e", "c_t", "k\\%"]) expect(ids(await list(other, { q }))).toEqual([]);
    await lib.db.task.delete({ where: { id: literal.taskId } });
  });

  it("refuses a cursor it did not hand out, or one from another order", async () => {
    const first = await list(me, { limit: 1 });
    for (const cursor of ["nope", first.items[0].assetId, `${first.nextCursor}x`]) {
      await expect(list(me, { cursor })).rejects.toMatchObject({ status: 400, code: "invalid_cursor" });
    }
    await expect(list(me, { sort: "oldest", cursor: first.nextCursor! })).resolves.toBeTruthy();
    const col = await lib.collections.createCollectionForUser(me, "Cursor order");
    await expect(
      list(me, { collectionId: col.id, sort: "position", cursor: first.nextCursor! }),
    ).rejects.toMatchObject({ status: 400 });
    await lib.collections.deleteCollectionForUser(me, col.id);
  });

  it("the list API answers a bad or mismatched cursor with a 400 that says so", async () => {
    const { createPersonalAccessToken } = await import("@/lib/people/tokens");
    const { GET } = await import("@/app/api/v1/assets/route");
    const token = (await createPersonalAccessToken(me, "cursor test")).token;
    const get = (query: string) =>
      GET(
        new Request(`http://studio.test/api/v1/assets?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
    const first = (await (await get("limit=2")).json()) as { items: unknown[]; nextCursor: string };
    expect(first.items).toHaveLength(2);
    const next = await get(`limit=2&cursor=${first.nextCursor}`);
    expect(next.status).toBe(200);
    for (const query of [
      "cursor=abc",
      `cursor=${first.nextCursor}&sort=position&collection=c0000000000000000000000`,
    ]) {
      const res = await get(query);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/cursor/);
    }
  });

  it("pages through ties in time by id, in both orders", async () => {
    const { db } = lib;
    const tied = [
      await make(other, { daysAgo: 9 }),
      await make(other, { daysAgo: 9 }),
      await make(other, { daysAgo: 9 }),
    ];
    for (const sort of ["newest", "oldest"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(other, { sort, limit: 1, cursor });
        seen.push(...ids(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(ids(await list(other, { sort })));
      expect(seen).toEqual(expect.arrayContaining(tied.map((t) => t.assetId)));
    }
    await db.task.deleteMany({ where: { id: { in: tied.map((t) => t.taskId) } } });
  });

  it("backfills the search text in the migration exactly as new results get it", async () => {
    const { db } = lib;
    const inputs = [
      // ASCII only: SQLite's lower() folds no other letters (new results are folded by JavaScript).
      JSON.stringify({ prompt: "A Prompt WITH Caps, 100% cotton_tee, back\\slash" }),
      JSON.stringify({ text: "Spoken TEXT for speech" }),
      JSON.stringify({ prompt: null, text: "text when prompt is null" }),
      JSON.stringify({ prompt: 42, text: "not used: prompt is there but not text" }),
      JSON.stringify({ model: "no prompt at all" }),
      "not json at all",
    ];
    const made: { id: string; title: string | null; input: string }[] = [];
    for (const [i, input] of inputs.entries()) {
      const title = i % 2 ? null : `Title ${i} UPPER`;
      const task = await db.task.create({
        data: {
          userId: other,
          operationId: "audio.tts",
          category: "audio",
          state: "succeeded",
          input,
          callbackToken: `bf-${i}-${Date.now()}`,
        },
      });
      const asset = await db.asset.create({
        data: {
          userId: other,
          taskId: task.id,
          outputKey: "a-0",
          kind: "audio",
          status: "mirrored",
          sourceUrl: "x",
          title,
        },
      });
      made.push({ id: asset.id, title, input });
    }
    const file = path.resolve(
      testDb === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations",
      "20261121070003_gallery_search_keyset/migration.sql",
    );
    const sql = fs.readFileSync(file, "utf8");
    const backfill = sql.slice(sql.indexOf("-- Backfill")).split("-- CreateIndex")[0];
    const statements = backfill
      .split(/;\s*\n\s*\n/)
      .map((s) => s.trim())
      .filter((s) => /\b(UPDATE|CREATE)\b/.test(s));
    expect(statements.length).toBeGreaterThan(0);
    // One batch: one connection, so PostgreSQL's pg_temp helper is visible to the UPDATE.
    await db.$transaction(statements.map((s) => db.$executeRawUnsafe(s)));
    const rows = await db.asset.findMany({ where: { id: { in: made.map((m) => m.id) } } });
    const byId = new Map(rows.map((r) => [r.id, r.searchText]));
    for (const m of made) expect(byId.get(m.id)).toBe(searchTextOf(m.title, m.input));
    // The task's category and operation are copied onto the asset for the filters.
    for (const r of rows) expect(r).toMatchObject({ category: "audio", operationId: "audio.tts" });
    expect(byId.get(made[1].id)).toBe("\nspoken text for speech");
    await db.task.deleteMany({ where: { userId: other, operationId: "audio.tts" } });
  });

  it("reports model, credits and lineage links with each item", async () => {
    const [item] = (await list(me, { q: "upscaled" })).items;
    expect(item).toMatchObject({
      operationId: "image.market.nano-banana",
      category: "image",
      credits: 3.5,
      prompt: "the fox, upscaled",
      parentAssetId: fox.assetId,
      parentTaskId: fox.taskId,
      favorite: false,
    });
  });
});

describe("favourites and collections", () => {
  it("stars only my results and filters by them", async () => {
    await lib.collections.setFavoriteForUser(me, fox.assetId, true);
    await lib.collections.setFavoriteForUser(me, fox.assetId, true);
    await expect(lib.collections.setFavoriteForUser(me, foreign.assetId, true)).rejects.toMatchObject({
      status: 404,
    });
    expect(ids(await list(me, { favorites: true }))).toEqual([fox.assetId]);
    expect((await list(me, { q: "red fox" })).items[0].favorite).toBe(true);
    await lib.collections.setFavoriteForUser(me, fox.assetId, false);
    expect(ids(await list(me, { favorites: true }))).toEqual([]);
  });

  it("keeps a named collection in its own order, reorders it, and refuses strangers", async () => {
    const c = lib.collections;
    const col = await c.createCollectionForUser(me, "  Best   of  ");
    expect(col.name).toBe("Best of");
    await expect(c.createCollectionForUser(me, "Best of")).rejects.toMatchObject({ status: 409 });
    const added = await c.addToCollectionForUser(me, col.id, [
      old.assetId,
      song.assetId,
      foreign.assetId,
      old.assetId,
    ]);
    expect(added).toEqual({ added: 2 });
    await c.addToCollectionForUser(me, col.id, [fox.assetId, song.assetId]);
    const ordered = () => list(me, { collectionId: col.id, sort: "position" }).then(ids);
    expect(await ordered()).toEqual([old.assetId, song.assetId, fox.assetId]);
    await c.moveInCollectionForUser(me, col.id, fox.assetId, old.assetId);
    expect(await ordered()).toEqual([fox.assetId, old.assetId, song.assetId]);
    await c.moveInCollectionForUser(me, col.id, fox.assetId, null);
    expect(await ordered()).toEqual([old.assetId, song.assetId, fox.assetId]);
    // Many moves into the same gap stay ordered (renumbering when the float gap runs out).
    for (let i = 0; i < 60; i++) {
      await c.moveInCollectionForUser(me, col.id, i % 2 ? fox.assetId : old.assetId, song.assetId);
    }
    expect(await ordered()).toEqual([old.assetId, fox.assetId, song.assetId]);
    // Paged in collection order, and newest-first inside a collection works too.
    const first = await list(me, { collectionId: col.id, sort: "position", limit: 2 });
    const rest = await list(me, {
      collectionId: col.id,
      sort: "position",
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect([...ids(first), ...ids(rest)]).toEqual(await ordered());
    expect(ids(await list(me, { collectionId: col.id }))).toEqual([song.assetId, fox.assetId, old.assetId]);
    // Another user can neither see nor change it.
    await expect(c.addToCollectionForUser(other, col.id, [foreign.assetId])).rejects.toMatchObject({
      status: 404,
    });
    await expect(c.deleteCollectionForUser(other, col.id)).rejects.toMatchObject({ status: 404 });
    expect(await list(other, { collectionId: col.id }).then(ids)).toEqual([]);
    expect((await c.listCollectionsForUser(me))[0]).toMatchObject({ name: "Best of", itemCount: 3 });
    await c.removeFromCollectionForUser(me, col.id, [old.assetId]);
    expect(await ordered()).not.toContain(old.assetId);
  });
});

describe("the ZIP export", () => {
  async function collect(stream: ReadableStream<Uint8Array>): Promise<{ zip: Buffer; chunks: number }> {
    const parts: Buffer[] = [];
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(Buffer.from(r.value));
    return { zip: Buffer.concat(parts), chunks: parts.length };
  }

  it("streams my files and a manifest with prompt, model, parameters, credits, parents and times", async () => {
    const { zip, chunks } = await collect(
      lib.zipStream(me, [fox.assetId, child.assetId, song.assetId, foreign.assetId]),
    );
    expect(chunks).toBeGreaterThan(1);
    const entries = readZip(zip);
    const names = entries.map((e) => e.name);
    expect(names.at(-1)).toBe("manifest.json");
    const manifest = JSON.parse(entries.at(-1)!.data.toString("utf8"));
    expect(manifest.count).toBe(3);
    const byAsset = new Map(manifest.items.map((i: { assetId: string }) => [i.assetId, i]));
    expect(byAsset.has(foreign.assetId)).toBe(false);
    for (const item of manifest.items as { file: string; assetId: string }[]) {
      const entry = entries.find((e) => e.name === item.file)!;
      expect(entry.data.toString()).toMatch(new RegExp(`bytes of ${item.assetId}$`));
    }
    expect(byAsset.get(child.assetId)).toMatchObject({
      prompt: "the fox, upscaled",
      operationId: "image.market.nano-banana",
      parameters: { prompt: "the fox, upscaled", aspect_ratio: "1:1" },
      credits: { estimate: 4, charged: 3.5 },
      parent: {
        taskId: fox.taskId,
        assetId: fox.assetId,
        file: (byAsset.get(fox.assetId) as { file: string }).file,
      },
      createdAt: new Date(T0).toISOString(),
    });
    expect((byAsset.get(song.assetId) as { file: string }).file).toBe("Night-Swim-take-1.wav");
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("deleting", () => {
  it("removes my assets' rows and stored files, keeps tasks that still have assets, refuses others'", async () => {
    const { db } = lib;
    const extra = await db.asset.create({
      data: {
        userId: me,
        taskId: old.taskId,
        outputKey: "image-1",
        kind: "image",
        status: "mirrored",
        sourceUrl: "x",
      },
    });
    const stored = (key: string) => fs.existsSync(path.join(h.dataDir, "storage", key));
    const before = await db.asset.findUniqueOrThrow({ where: { id: fox.assetId } });
    expect(stored(before.storageKey!)).toBe(true);
    expect(stored(before.thumbKey!)).toBe(true);

    // One id that is not mine: nothing at all is deleted.
    await expect(
      lib.assets.deleteAssetsForUser(me, [fox.assetId, old.assetId, foreign.assetId]),
    ).rejects.toMatchObject({ status: 404 });
    expect(stored(before.storageKey!)).toBe(true);
    const { deleted } = await lib.assets.deleteAssetsForUser(me, [fox.assetId, old.assetId]);
    expect(deleted.sort()).toEqual([fox.assetId, old.assetId].sort());
    expect(stored(before.storageKey!)).toBe(false);
    expect(stored(before.thumbKey!)).toBe(false);
    expect(await db.task.findUnique({ where: { id: fox.taskId } })).toBeNull();
    expect(await db.task.findUnique({ where: { id: old.taskId } })).not.toBeNull();
    expect(await db.asset.findUnique({ where: { id: extra.id } })).not.toBeNull();
    expect(await db.asset.findUnique({ where: { id: foreign.assetId } })).not.toBeNull();
    expect(ids(await list(me))).not.toContain(fox.assetId);
  });
});
