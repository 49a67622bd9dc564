/**
 * Scrolling the gallery from top to bottom at 10,000 results, in a real browser against the real
 * built app: seeds one user's gallery (small real files), starts `npm start` on a free port with its
 * own data folder, signs in with Debian's Chromium, scrolls in requestAnimationFrame steps (pages
 * load on the way down) and reports what a person would feel: frame times from rAF timestamps, how
 * many grid nodes exist (bounded = virtualized), and the JS heap at the end.
 * Run: npx tsx --conditions=react-server bench/gallery-scroll.ts [items=10000] [px-per-frame=120]
 */
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { startAppServer } from "./lib/app-server";
import { mib, ms, percentile, printHeader, printTable, seconds } from "./lib/report";

const total = Number(process.argv[2] ?? 10_000);
const step = Number(process.argv[3] ?? 120);
const DEMO = { email: "demo@kie.studio", password: "demo-studio-2026" };

printHeader(
  "gallery-scroll.ts",
  `${total} ${step}`,
  `Scroll /gallery top to bottom through ${total.toLocaleString()} results, ${step} px per frame, Chromium 1280×900`,
);

const started = performance.now();
const app = await startAppServer();
const base = app.url;
try {
  console.log(`app up after ${seconds(performance.now() - started)} (${base}, data ${app.dataDir})`);

  // Seed into the app's own SQLite file (the app is idle: the reconciler has nothing to do).
  process.env.DATA_DIR = app.dataDir;
  const { db, dbReady } = await import("@/lib/db");
  const { seedGallery } = await import("../scripts/seed-gallery");
  await dbReady();
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO.email } });
  const s0 = performance.now();
  await seedGallery({ userId: user.id, count: total, files: true, batch: 1000 });
  console.log(`seeded ${total.toLocaleString()} results with files in ${seconds(performance.now() - s0)}`);
  await db.$disconnect();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await page.waitForURL(/\/music/);
  await page.goto("/gallery");
  await page.getByTestId("gallery-item").first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");

  // tsx (esbuild keepNames) wraps named inner functions in __name(), which the page lacks.
  await page.evaluate("window.__name = (fn) => fn");
  // Everything below runs in the page: one rAF loop both scrolls and records frame timestamps.
  const result = await page.evaluate(
    async ({ stepPx, expected }) => {
      const grid = document.querySelector<HTMLElement>('[data-testid="gallery-grid"]');
      if (!grid) throw new Error("no gallery grid");
      const frames: number[] = [];
      let maxNodes = 0;
      let maxTiles = 0;
      let idleSince = 0;
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        const tick = (now: number) => {
          frames.push(now);
          const nodes = grid.getElementsByTagName("*").length;
          maxNodes = Math.max(maxNodes, nodes);
          maxTiles = Math.max(maxTiles, grid.querySelectorAll('[data-testid="gallery-item"]').length);
          const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
          const loaded = Number(grid.dataset.count ?? 0);
          if (!atBottom) {
            window.scrollBy(0, stepPx);
            idleSince = 0;
          } else if (loaded >= expected) {
            // At the very end with every page loaded: a second of quiet frames, then done.
            idleSince ||= now;
            if (now - idleSince > 1000) return resolve();
          }
          if (now - t0 > 600_000) return resolve();
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const deltas = frames.slice(1).map((t, i) => t - frames[i]);
      return {
        deltas,
        loaded: Number(grid.dataset.count ?? 0),
        maxNodes,
        maxTiles,
        endNodes: grid.getElementsByTagName("*").length,
        durationMs: performance.now() - t0,
        scrollHeight: document.documentElement.scrollHeight,
      };
    },
    { stepPx: step, expected: total },
  );
  const metrics = (await cdp.send("Performance.getMetrics")).metrics;
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const d = result.deltas;
  const share = (limit: number) => `${((100 * d.filter((x) => x > limit).length) / d.length).toFixed(1)} %`;

  console.log("");
  printTable(
    ["measure", "value"],
    [
      ["items loaded", result.loaded.toLocaleString()],
      ["scroll height", `${result.scrollHeight.toLocaleString()} px`],
      ["time top → bottom", seconds(result.durationMs)],
      ["frames", d.length.toLocaleString()],
      ["frame p50", ms(percentile(d, 50))],
      ["frame p95", ms(percentile(d, 95))],
      ["frame p99", ms(percentile(d, 99))],
      ["frames > 16.7 ms", share(16.7)],
      ["frames > 33.4 ms", share(33.4)],
      // rAF times are vsync-aligned, so a delta just over 16.7 ms is timer jitter, not a lost frame.
      ["frames that missed a vsync (> 20 ms)", share(20)],
      ["frames that missed 2+ vsyncs (> 37 ms)", share(37)],
      ["longest frame", ms(Math.max(...d))],
      ["grid DOM nodes, max while scrolling", result.maxNodes.toLocaleString()],
      ["grid DOM nodes at the end", result.endNodes.toLocaleString()],
      ["tiles mounted, max", result.maxTiles.toLocaleString()],
      ["JS heap used at the end", mib(metric("JSHeapUsedSize"))],
      ["JS heap total at the end", mib(metric("JSHeapTotalSize"))],
    ],
  );
  await browser.close();
} finally {
  await app.stop();
}
process.exit(0);
