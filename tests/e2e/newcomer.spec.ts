import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUp, watchStates } from "./helpers";

test.describe.configure({ mode: "serial" });

let firstTaskId = "";
let firstAssetUrl = "";

test("the sign-in page shows demo mode and the demo login", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText(DEMO.email)).toBeVisible();
  await expect(page.getByText(DEMO.password)).toBeVisible();
  await signIn(page);
  await expect(page.getByText("Demo mode").first()).toBeVisible();
});

test("music: simple mode song goes queued → running → first track ready → done, and both takes play", async ({
  page,
}) => {
  await signIn(page);
  await page
    .getByLabel("Description or lyrics")
    .fill("A dreamy synth-pop song about night trains [sim:slow]");
  await page.getByRole("button", { name: "Generate" }).click();

  const card = page.locator('[data-testid="task-card"]').first();
  await expect(card).toBeVisible();
  firstTaskId = (await card.getAttribute("data-task-id")) ?? "";
  expect(firstTaskId).not.toBe("");
  const states = await watchStates(page, firstTaskId, ["succeeded", "failed"], 80_000);
  expect(states.at(-1)).toBe("succeeded");
  expect(states).toContain("partial");
  expect(states.some((s) => ["queued", "submitting", "submitted", "running"].includes(s))).toBe(true);

  const audios = card.locator('[data-testid="track-audio"]');
  await expect(audios).toHaveCount(2);
  const first = audios.first();
  firstAssetUrl = (await first.getAttribute("src")) ?? "";
  expect(firstAssetUrl).toMatch(/^\/api\/assets\//);

  // Tracks play in the studio's global player (it keeps playing across pages).
  await card.getByRole("button", { name: "Play" }).first().click();
  const player = page.getByTestId("player-audio");
  await expect(player).toHaveAttribute("src", firstAssetUrl);
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(5);
  await expect
    .poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.3);
  await player.evaluate((a: HTMLAudioElement) => a.pause());

  // Seekable: the server honours Range requests.
  const ranged = await page.request.get(firstAssetUrl, { headers: { Range: "bytes=1000-1999" } });
  expect(ranged.status()).toBe(206);
  expect((await ranged.body()).length).toBe(1000);

  const download = card.getByRole("link", { name: "Download" }).first();
  const href = await download.getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("audio/wav");
  expect(file.headers()["content-disposition"]).toContain("attachment");
});

test("music: custom mode validates inline and sends lyrics, style and title", async ({ page }) => {
  await signIn(page);
  await page.getByRole("radio", { name: "Custom" }).click();
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.getByText("Custom mode needs a style")).toBeVisible();
  await page.getByLabel("Description or lyrics").fill("[Verse]\nLights on the water\n[Chorus]\nHold on");
  await page.getByLabel("Style").fill("indie folk, warm");
  await page.getByLabel("Title").fill("Harbor Lights");
  await page.getByRole("button", { name: "Generate" }).click();
  const card = page.locator('[data-testid="task-card"]').first();
  await expect(card).toContainText("Harbor Lights", { timeout: 30_000 });
});

test("image: GPT-4o with variants and Nano Banana appear in the grid with a detailed lightbox", async ({
  page,
}) => {
  await signIn(page);
  await page.goto("/image");
  await page
    .getByRole("button", { name: /GPT-4o Image/ })
    .first()
    .click();
  await page.getByLabel("Prompt").fill("A paper-cut fox in a snowy forest");
  await page.getByRole("radio", { name: "Landscape" }).click();
  await page.getByRole("radio", { name: "2" }).click();
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.locator('[data-testid="image-result"]')).toHaveCount(2, { timeout: 60_000 });

  await page
    .getByRole("button", { name: /Nano Banana/ })
    .first()
    .click();
  await page.getByLabel("Prompt").fill("A banana-shaped spaceship over a neon city");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.locator('[data-testid="image-result"]')).toHaveCount(3, { timeout: 60_000 });

  const firstImage = page.locator('[data-testid="image-result"]').first();
  await expect(firstImage.locator("img")).toHaveJSProperty("complete", true);
  expect(await firstImage.locator("img").evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(
    100,
  );
  await firstImage.click();
  const details = page.locator('[data-testid="lightbox-details"]');
  await expect(details).toBeVisible();
  await expect(details).toContainText("A banana-shaped spaceship over a neon city");
  await expect(details).toContainText("Aspect ratio");
});

test("tasks lists my tasks newest first; gallery shows my images and audio", async ({ page }) => {
  await signIn(page);
  await page.goto("/tasks");
  const rows = page.locator('[data-testid="task-row"]');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText("Nano Banana");
  await expect(rows.last()).toContainText("Generate music");

  await page.goto("/gallery");
  await expect(page.locator('[data-testid="gallery-item"][data-kind="image"]')).toHaveCount(3);
  await expect(page.locator('[data-testid="gallery-item"][data-kind="audio"]')).toHaveCount(4);
  await expect(page.locator('[data-testid="gallery-item"]').first()).toHaveAttribute("data-kind", "image");
});

test("a second account sees none of the first account's work, and its URLs answer 404", async ({ page }) => {
  expect(firstTaskId).not.toBe("");
  await signUp(page, `second-${Date.now()}@example.com`, "another-password-1");
  await page.goto("/tasks");
  await expect(page.locator('[data-testid="task-row"]')).toHaveCount(0);
  await page.goto("/gallery");
  await expect(page.locator('[data-testid="gallery-item"]')).toHaveCount(0);
  expect((await page.request.get(`/api/v1/tasks/${firstTaskId}`)).status()).toBe(404);
  expect((await page.request.get(firstAssetUrl)).status()).toBe(404);
  expect((await page.request.get(`${firstAssetUrl}?download=1`)).status()).toBe(404);
});

test("signed out, the API and assets answer without data", async ({ request }) => {
  expect((await request.get(`/api/v1/tasks/${firstTaskId}`)).status()).toBe(401);
  expect((await request.get(firstAssetUrl)).status()).toBe(404);
  const health = await (await request.get("/api/health")).json();
  expect(health).toEqual({ ok: true, mode: "demo" });
});
