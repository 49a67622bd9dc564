/**
 * Gallery API latency at scale: seeds one user with N results (metadata only; the list API never
 * reads files) and times the list route's work (DAL + JSON) for common gallery views.
 * Run: npx tsx --conditions=react-server bench/gallery-api.ts [assets=100000] [runs=40]
 */
import { performance } from "node:perf_hooks";
import { startHarness } from "../tests/support/harness";

const total = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 40);

const h = await startHarness();
const { db, dbReady } = await import("@/lib/db");
const { listAssetsForUser } = await import("@/lib/dal/assets");
const { addToCollectionForUser, createCollectionForUser, setFavoriteForUser } = await import(
  "@/lib/dal/collections"
);
const { seedGallery } = await import("../scripts/seed-gallery");

await dbReady();
const user = await db.user.create({ data: { email: "bench@example.com", passwordHash: "x" } });
const t0 = performance.now();
const ids = await seedGallery({ userId: user.id, count: total, files: false, batch: 2000 });
console.log(`seeded ${total} assets in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const collection = await createCollectionForUser(user.id, "Bench");
for (let i = 0; i < 2000; i += 500)
  await addToCollectionForUser(user.id, collection.id, ids.slice(i, i + 500));
for (const id of ids.filter((_, i) => i % 50 === 0)) await setFavoriteForUser(user.id, id, true);
await db.$executeRawUnsafe("ANALYZE");

type Opts = Parameters<typeof listAssetsForUser>[1];
const views: Record<string, Omit<Opts, "limit">> = {
  "newest, first page": {},
  oldest: { sort: "oldest" },
  "kind=audio": { kind: "audio" },
  "category=video": { category: "video" },
  "model=music.lyrics": { operations: ["music.lyrics"] },
  "last 30 days": { from: new Date(Date.now() - 30 * 86_400_000) },
  favourites: { favorites: true },
  "collection (order)": { collectionId: collection.id, sort: "position" },
  'search "red fox"': { q: "red fox" },
  'search "#12345" (rare)': { q: "#12345 " },
};

function p(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

console.log(`\nlist API work (DAL + JSON), ${runs} runs each, page of 60, ${total.toLocaleString()} assets`);
console.log(`${"view".padEnd(28)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"deep p95".padStart(9)}`);
for (const [name, view] of Object.entries(views)) {
  const times: number[] = [];
  const deep: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    const page = await listAssetsForUser(user.id, { ...view, limit: 60 });
    JSON.stringify(page);
    times.push(performance.now() - a);
    // Deep scrolling: the page after a cursor far into the list.
    const b = performance.now();
    const next = await listAssetsForUser(user.id, { ...view, limit: 60, cursor });
    JSON.stringify(next);
    deep.push(performance.now() - b);
    cursor = next.nextCursor ?? undefined;
  }
  times.sort((x, y) => x - y);
  deep.sort((x, y) => x - y);
  console.log(
    `${name.padEnd(28)} ${p(times, 0.5).toFixed(1).padStart(8)} ${p(times, 0.95).toFixed(1).padStart(8)} ${p(deep, 0.95).toFixed(1).padStart(9)}`,
  );
}
await db.$disconnect();
await h.close();
