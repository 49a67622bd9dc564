import { expect, type Page, test } from "@playwright/test";
import { signIn, watchStates } from "./helpers";

test.describe.configure({ mode: "serial" });

const SHOTS = "docs/screenshots";

async function pickModel(page: Page, search: string, name: string) {
  // Short lists have no search box; long ones are filtered first.
  const searchBox = page.getByRole("searchbox", { name: "Search models" });
  if (await searchBox.count()) await searchBox.fill(search);
  await page.getByRole("button", { name, exact: true }).click();
  await expect(page.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
}

/** A tall window so full-page screenshots show the form and results without the sticky bar mid-page. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 1400 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Presses Generate and answers the id of the task card that appears on top for it. */
async function generate(page: Page): Promise<string> {
  const first = page.locator('[data-testid="task-card"]').first();
  const before = (await first.count()) ? await first.getAttribute("data-task-id") : null;
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect.poll(() => first.getAttribute("data-task-id")).not.toBe(before);
  return (await first.getAttribute("data-task-id")) ?? "";
}

let upscaleTaskId = "";
let sourceImageTaskId = "";

test("video: pick a model by family, make a Veo clip and play it", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Video" }).click();
  await expect(page).toHaveURL(/\/video$/);
  await expect(page.getByRole("heading", { level: 1, name: "Video" })).toBeVisible();

  // The picker groups models by family and finds them by name.
  const picker = page.getByRole("group", { name: "Model" });
  await expect(picker.getByRole("group", { name: "Kling" })).toBeVisible();
  await pickModel(page, "kling", "Kling 2.6 · Text to video");
  await expect(page).toHaveURL(/op=video\.market\.kling-2-6-text-to-video/);
  await pickModel(page, "veo", "Veo 3.1");

  await page.getByLabel("Prompt").fill("A paper boat drifting down a rainy street, slow dolly shot");
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  const pending = page.locator('[data-testid="video-pending"]').first();
  await expect(pending).toBeVisible();

  const video = page.locator('[data-testid="video-result"]').first();
  await expect(video).toBeVisible({ timeout: 60_000 });
  await expect(video).toContainText("A paper boat drifting");
  const player = video.locator("video");
  await expect(player).toHaveAttribute("src", /^\/api\/assets\//);
  await expect
    .poll(() => player.evaluate((v: HTMLVideoElement) => v.duration), { timeout: 20_000 })
    .toBeGreaterThan(0.5);
  await player.evaluate((v: HTMLVideoElement) => v.play());
  await expect
    .poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.1);
  await player.evaluate((v: HTMLVideoElement) => v.pause());
  await page.getByRole("searchbox", { name: "Search models" }).fill("");
  await expect(video).toContainText(/\d+ × \d+/);
  await shoot(page, "video");
});

test("audio: text to speech gives a player, and its transcript reads as speaker turns", async ({ page }) => {
  await signIn(page);
  await page.goto("/audio");
  await pickModel(page, "multilingual", "Text to speech · Multilingual v2");
  await page
    .getByRole("textbox", { name: "Text", exact: true })
    .fill("Welcome to the studio. Everything you make here is kept for good.");
  const ttsId = await generate(page);
  expect((await watchStates(page, ttsId, ["succeeded", "failed"], 60_000)).at(-1)).toBe("succeeded");
  const card = page.locator(`[data-testid="task-card"][data-task-id="${ttsId}"]`);
  await expect(card.locator('[data-testid="track-audio"]')).toHaveAttribute("src", /^\/api\/assets\//);

  // Results lead on: the spoken clip can be transcribed.
  await card.getByRole("button", { name: "Use as source" }).click();
  await page.getByRole("menuitem", { name: /Transcribe/ }).click();
  await expect(page).toHaveURL(/op=audio\.elevenlabs\.speech-to-text&from=/);
  await expect(page.getByRole("form", { name: "Speech to text" })).toBeVisible();
  await page.getByRole("switch", { name: "Label speakers" }).click();
  const sttId = await generate(page);
  expect((await watchStates(page, sttId, ["succeeded", "failed"], 60_000)).at(-1)).toBe("succeeded");
  const transcript = page.locator(
    `[data-testid="task-card"][data-task-id="${sttId}"] [data-testid="transcript"]`,
  );
  await expect(transcript.locator("li").first()).toContainText("Speaker 1");
  await expect(transcript).toContainText("Speaker 2");
  await shoot(page, "audio");
});

test("music: written lyrics go into the song form with their title", async ({ page }) => {
  await signIn(page);
  const tools = page.getByRole("radiogroup", { name: "Music tools" });
  await expect(tools.getByRole("group", { name: "From a track" })).toBeVisible();
  await tools.getByRole("radio", { name: "Write lyrics" }).click();
  await expect(page).toHaveURL(/op=music\.lyrics/);
  await page.getByLabel("What the song is about").fill("Night trains crossing a frozen border");
  const lyricsId = await generate(page);
  expect((await watchStates(page, lyricsId, ["succeeded", "failed"], 60_000)).at(-1)).toBe("succeeded");

  const variations = page.locator(`[data-task-id="${lyricsId}"] [data-testid="text-result"]`);
  const first = variations.first();
  await expect(first).toBeVisible();
  expect(await variations.count()).toBeGreaterThanOrEqual(2);
  await expect(first.getByRole("button", { name: "Use these lyrics" })).toBeVisible();
  const title = (await first.locator("h4").textContent())?.trim() ?? "";
  await shoot(page, "music-ops");

  await first.getByRole("button", { name: "Use these lyrics" }).click();
  await expect(tools.getByRole("radio", { name: "Generate music" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Custom" })).toBeChecked();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  const lyrics = await page.getByLabel("Description or lyrics").inputValue();
  expect(lyrics.length).toBeGreaterThan(20);
  await expect(first).toContainText(
    lyrics
      .split("\n")
      .find((l) => l.trim().length > 3)
      ?.trim() ?? "",
  );
});

test("image: a finished image's follow-up menu opens an upscale form started from it", async ({ page }) => {
  await signIn(page);
  await page.goto("/image");
  await pickModel(page, "nano banana", "Nano Banana");
  await page.getByLabel("Prompt").fill("A lighthouse made of glass at dusk");
  const results = page.locator('[data-testid="image-result"]');
  const before = await results.count();
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(results).toHaveCount(before + 1, { timeout: 60_000 });
  // Newest first: the new image leads the grid.
  const assetId = (await results.first().getAttribute("data-asset-id")) ?? "";
  const cell = page.locator(`li:has(> [data-testid="image-result"][data-asset-id="${assetId}"])`);
  await cell.hover();
  await cell.getByRole("button", { name: "Use as source" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("group", { name: "Video" })).toBeVisible();
  await menu.getByRole("menuitem", { name: /Upscale with Topaz/ }).click();

  await expect(page).toHaveURL(new RegExp(`op=image\\.market\\.topaz-image-upscale&from=${assetId}`));
  const form = page.getByRole("form", { name: "Topaz upscale" });
  await expect(form).toBeVisible();
  await expect(form.locator(`img[src*="${assetId}"]`).first()).toBeVisible();
  await form.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(results).toHaveCount(before + 2, { timeout: 60_000 });

  const upscaled = await page.request.get("/api/v1/tasks?category=image&limit=5");
  const { items } = (await upscaled.json()) as { items: { id: string; operationId: string }[] };
  upscaleTaskId = items.find((t) => t.operationId === "image.market.topaz-image-upscale")?.id ?? "";
  sourceImageTaskId = items.find((t) => t.operationId === "image.market.nano-banana")?.id ?? "";
  expect(upscaleTaskId).not.toBe("");
});

test("task page: shows what a task was made from and what was made from it", async ({ page }) => {
  expect(upscaleTaskId).not.toBe("");
  await signIn(page);
  await page.goto("/tasks");
  await page
    .locator(`[data-testid="task-row"][data-task-id="${upscaleTaskId}"] [data-testid="task-link"]`)
    .click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${upscaleTaskId}$`));
  const detail = page.getByTestId("task-detail");
  await expect(detail.getByRole("heading", { level: 1, name: "Topaz upscale" })).toBeVisible();
  await expect(detail).toHaveAttribute("data-state", "succeeded", { timeout: 30_000 });
  await expect(detail).toContainText("Estimated");
  const madeFrom = page.getByTestId("made-from");
  await expect(madeFrom).toContainText("Made from");
  await expect(madeFrom.getByTestId("parent-task")).toHaveAttribute("data-task-id", sourceImageTaskId);
  await shoot(page, "task-lineage");

  await madeFrom.getByTestId("parent-task").click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${sourceImageTaskId}$`));
  await expect(page.getByTestId("made-from")).toContainText("Started from scratch");
  await expect(page.getByTestId("made-from-this").getByTestId("child-task")).toHaveAttribute(
    "data-task-id",
    upscaleTaskId,
  );

  // Someone else's (or a made-up) task is simply not found, with a real 404.
  const missing = await page.goto("/tasks/not-a-real-task");
  expect(missing?.status()).toBe(404);
  await expect(page.getByText("This page could not be found")).toBeVisible();
  await expect(page.getByTestId("task-detail")).toHaveCount(0);
});
