// `npm run seed:gallery -- --count 10000 [--email you@example.com] [--no-files]`: fills one user's
// gallery with results that behave like real ones (small real files: PNG + WebP thumbnail, WAV,
// MP4 + poster, text), spread over the past year, for scrolling and filter checks.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs, styleText } from "node:util";
import sharp from "sharp";
import { searchTextOf } from "../lib/assets/search-text";

const SUBJECTS = [
  "red fox",
  "lighthouse",
  "city at night",
  "jazz trio",
  "mountain lake",
  "robot",
  "koi pond",
  "desert road",
];
const STYLES = ["watercolor", "neon", "cinematic", "lo-fi", "baroque", "minimal", "vaporwave", "documentary"];
const MOODS = ["calm", "stormy", "joyful", "melancholic", "epic", "dreamy"];

type Kind = "image" | "audio" | "video" | "text";
/** Real operation ids per kind (tasks persist them; the gallery labels them from the registry). */
const OPS: Record<Kind, { id: string; category: string }[]> = {
  image: [
    { id: "image.market.nano-banana", category: "image" },
    { id: "image.gpt4o.generate", category: "image" },
    { id: "image.flux-kontext.generate", category: "image" },
  ],
  audio: [
    { id: "music.generate", category: "music" },
    { id: "music.extend", category: "music" },
  ],
  video: [
    { id: "video.veo.generate", category: "video" },
    { id: "video.runway.generate", category: "video" },
  ],
  text: [{ id: "music.lyrics", category: "music" }],
};

const cuidish = () => `c${randomBytes(12).toString("hex")}`;

/** A deterministic sequence, so two seeds of the same count look alike. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function wav(seconds: number, hz: number): Buffer {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const out = Buffer.alloc(44 + samples * 2);
  out.write("RIFF", 0);
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write("WAVEfmt ", 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36);
  out.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    out.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 8000), 44 + i * 2);
  return out;
}

type Files = { png: Buffer[]; webp: Buffer[]; wav: Buffer[]; mp4: Buffer; poster: Buffer };

async function makeFiles(): Promise<Files> {
  const colors = ["#e11d48", "#f59e0b", "#10b981", "#3b82f6", "#8b5cf6", "#ec4899", "#14b8a6", "#64748b"];
  const png = await Promise.all(
    colors.map((c) =>
      sharp({ create: { width: 96, height: 96, channels: 3, background: c } })
        .png()
        .toBuffer(),
    ),
  );
  const webp = await Promise.all(png.map((p) => sharp(p).resize(48).webp().toBuffer()));
  const media = path.resolve("public/sim-media");
  return {
    png,
    webp,
    wav: [220, 330, 440].map((hz) => wav(0.5, hz)),
    mp4: fs.readFileSync(path.join(media, "clip-c-16x9.mp4")),
    poster: fs.readFileSync(path.join(media, "clip-c-16x9.jpg")),
  };
}

export type SeedOptions = { userId: string; count: number; files: boolean; seed?: number; batch?: number };

/** Inserts `count` finished tasks with one mirrored asset each; returns the asset ids, newest last. */
export async function seedGallery(opts: SeedOptions): Promise<string[]> {
  const { db } = await import("../lib/db");
  const { putBuffer } = await import("../lib/assets/storage");
  const random = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const files = opts.files ? await makeFiles() : null;
  const now = Date.now();
  const ids: string[] = [];
  const batch = opts.batch ?? 500;
  for (let start = 0; start < opts.count; start += batch) {
    const tasks = [];
    const assets = [];
    const writes: Promise<void>[] = [];
    for (let i = start; i < Math.min(opts.count, start + batch); i++) {
      const r = random();
      const kind: Kind = r < 0.55 ? "image" : r < 0.8 ? "audio" : r < 0.9 ? "video" : "text";
      const op = pick(OPS[kind]);
      const prompt = `A ${pick(MOODS)} ${pick(SUBJECTS)}, ${pick(STYLES)} style #${i + 1}`;
      const createdAt = new Date(now - Math.floor(random() * 365 * 86_400_000));
      const input = JSON.stringify({ prompt, model: op.id.split(".").at(-1) });
      const title = kind === "audio" ? `${pick(SUBJECTS)} (${pick(MOODS)})` : null;
      const taskId = cuidish();
      const assetId = cuidish();
      const variant = i % 8;
      const body =
        kind === "image"
          ? files?.png[variant]
          : kind === "audio"
            ? files?.wav[variant % 3]
            : kind === "video"
              ? files?.mp4
              : files
                ? Buffer.from(`[Verse]\n${prompt}\n`)
                : undefined;
      const mime = { image: "image/png", audio: "audio/wav", video: "video/mp4", text: "text/plain" }[kind];
      const storageKey = `assets/${opts.userId}/${assetId}`;
      const thumbKey = kind === "image" && files ? `thumbs/${opts.userId}/${assetId}.webp` : null;
      const posterKey = kind === "video" && files ? `posters/${opts.userId}/${assetId}.jpg` : null;
      if (files && body) writes.push(putBuffer(storageKey, body));
      if (files && thumbKey) writes.push(putBuffer(thumbKey, files.webp[variant]));
      if (files && posterKey) writes.push(putBuffer(posterKey, files.poster));
      tasks.push({
        id: taskId,
        userId: opts.userId,
        operationId: op.id,
        category: op.category,
        state: "succeeded",
        input,
        callbackToken: randomBytes(16).toString("hex"),
        costEstimate: kind === "video" ? 60 : kind === "audio" ? 12 : 4,
        creditsCharged: kind === "video" ? 60 : kind === "audio" ? 12 : 4,
        createdAt,
        finishedAt: new Date(createdAt.getTime() + 30_000),
      });
      assets.push({
        id: assetId,
        userId: opts.userId,
        taskId,
        outputKey: `${kind}-0`,
        kind,
        status: "mirrored",
        mime,
        bytes: body?.length ?? 1,
        storageKey,
        thumbKey,
        posterKey,
        sourceUrl: "https://seed.invalid/",
        title,
        searchText: searchTextOf(title, input),
        category: op.category,
        operationId: op.id,
        durationSec: kind === "audio" ? 0.5 : kind === "video" ? 8 : null,
        width: kind === "image" ? 96 : null,
        height: kind === "image" ? 96 : null,
        createdAt,
        mirroredAt: createdAt,
      });
      ids.push(assetId);
    }
    await Promise.all(writes);
    await db.$transaction([db.task.createMany({ data: tasks }), db.asset.createMany({ data: assets })]);
  }
  return ids;
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" },
      email: { type: "string" },
      "no-files": { type: "boolean", default: false },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    console.error("--count must be a whole number from 1 to 1,000,000");
    process.exit(2);
  }
  const { db, dbReady } = await import("../lib/db");
  const { env } = await import("../lib/env");
  await dbReady();
  const email = values.email ?? env.DEMO_EMAIL;
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    console.error(`No account for ${email}: start the studio once (demo mode creates it) or pass --email.`);
    process.exit(1);
  }
  const t0 = Date.now();
  await seedGallery({ userId: user.id, count, files: !values["no-files"], seed: Date.now() });
  console.log(
    styleText(
      "green",
      `Added ${count} results to ${email}'s gallery in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
    ),
  );
  await db.$disconnect();
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href)
  await main();
