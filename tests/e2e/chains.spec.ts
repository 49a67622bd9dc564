import { expect, type Page, test } from "@playwright/test";
import { signIn, watchStates } from "./helpers";

/**
 * Results lead on, the way a person chains them: each step starts from the previous result's
 * "Use as source" menu, and each new task records where it came from.
 */
test.describe.configure({ mode: "serial" });

type TaskJson = { id: string; state: string; parentTaskId: string | null; outputs: { assetId: string }[] };

async function newestTaskId(page: Page): Promise<string | null> {
  const res = await page.request.get("/api/v1/tasks?limit=1");
  return ((await res.json()) as { items: { id: string }[] }).items[0]?.id ?? null;
}

async function taskJson(page: Page, taskId: string): Promise<TaskJson> {
  const res = await page.request.get(`/api/v1/tasks/${taskId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { task: TaskJson }).task;
}

/** Presses Generate in the form and answers the id of the new task card. */
async function generate(page: Page): Promise<string> {
  const before = await newestTaskId(page);
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect.poll(() => newestTaskId(page), { timeout: 20_000 }).not.toBe(before);
  return (await newestTaskId(page)) ?? "";
}

async function finishes(page: Page, taskId: string) {
  expect((await watchStates(page, taskId, ["succeeded", "failed"], 90_000)).at(-1)).toBe("succeeded");
  return page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`);
}

async function parentOf(page: Page, taskId: string): Promise<string | null> {
  return (await taskJson(page, taskId)).parentTaskId;
}

/** Video results are players keyed by asset: wait for the task, then for its clip on the page. */
async function finishedVideo(page: Page, taskId: string) {
  await expect.poll(async () => (await taskJson(page, taskId)).state, { timeout: 90_000 }).toBe("succeeded");
  const [output] = (await taskJson(page, taskId)).outputs;
  const clip = page.locator(`[data-testid="video-result"][data-asset-id="${output.assetId}"]`);
  await expect(clip.locator("video")).toHaveAttribute("src", /^\/api\/assets\//, { timeout: 20_000 });
  return clip;
}

test("music: a song → separated stems → MIDI from one stem", async ({ page }) => {
  await signIn(page);
  await page.getByLabel("Description or lyrics").fill("A warm lo-fi beat with a lazy bass line");
  const songId = await generate(page);
  const song = await finishes(page, songId);

  await song.getByRole("button", { name: "Use as source" }).first().click();
  await page.getByRole("menuitem", { name: /Separate stems/ }).click();
  await expect(page).toHaveURL(/op=music\.stems&from=/);
  const form = page.getByRole("form", { name: "Separate stems" });
  await expect(form.getByTestId("source-card")).toBeVisible();
  const stemsId = await generate(page);
  const stems = await finishes(page, stemsId);
  await expect(stems.locator('[data-testid="track-audio"]')).toHaveCount(2);
  expect(await parentOf(page, stemsId)).toBe(songId);

  await stems.getByRole("button", { name: "Use as source" }).first().click();
  await page.getByRole("menuitem", { name: /Get MIDI/ }).click();
  await expect(page).toHaveURL(/op=music\.midi&from=/);
  const midiId = await generate(page);
  const midi = await finishes(page, midiId);
  const download = midi.getByTestId("midi-download");
  await expect(download).toBeVisible();
  const file = await page.request.get((await download.getAttribute("href")) ?? "");
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 4).toString("latin1")).toBe("MThd");
  expect(await parentOf(page, midiId)).toBe(stemsId);
});

test("video: a Veo clip → its 1080p version", async ({ page }) => {
  await signIn(page);
  await page.goto("/video?op=video.veo.generate");
  await page.getByLabel("Prompt").fill("Fog rolling over a harbour at dawn, slow pan");
  const veoId = await generate(page);
  const clip = await finishedVideo(page, veoId);

  await clip.getByRole("button", { name: "Use as source" }).first().click();
  await page.getByRole("menuitem", { name: /Get 1080p/ }).click();
  await expect(page).toHaveURL(/op=video\.veo\.get-1080p&from=/);
  const hdId = await generate(page);
  await finishedVideo(page, hdId);
  expect(await parentOf(page, hdId)).toBe(veoId);
});

test("image: an image → upscaled → animated into a video", async ({ page }) => {
  await signIn(page);
  await page.goto("/image?op=image.market.nano-banana");
  await page.getByLabel("Prompt").fill("A red kite over green dunes, wide shot");
  const results = page.locator('[data-testid="image-result"]');
  const before = await results.count();
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(results).toHaveCount(before + 1, { timeout: 60_000 });

  const open = async (name: RegExp) => {
    const cell = page.locator('li:has(> [data-testid="image-result"])').first();
    await cell.hover();
    await cell.getByRole("button", { name: "Use as source" }).click();
    await page.getByRole("menuitem", { name }).click();
  };
  await open(/Upscale with Topaz/);
  await expect(page).toHaveURL(/op=image\.market\.topaz-image-upscale&from=/);
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(results).toHaveCount(before + 2, { timeout: 60_000 });

  await open(/Animate with Veo 3\.1/);
  await expect(page).toHaveURL(/\/video\?op=video\.veo\.generate&from=/);
  const form = page.getByRole("form", { name: "Veo 3.1" });
  await expect(form.locator("img").first()).toBeVisible();
  await form.getByLabel("Prompt").fill("The kite climbs and the camera follows");
  const videoId = await generate(page);
  await finishedVideo(page, videoId);
  const tasks = (await (await page.request.get("/api/v1/tasks?category=image&limit=5")).json()) as {
    items: { id: string; operationId: string }[];
  };
  const upscale = tasks.items.find((t) => t.operationId === "image.market.topaz-image-upscale");
  expect(await parentOf(page, videoId)).toBe(upscale?.id);
});

test("Veo rejects bad input inline and creates no task", async ({ page }) => {
  await signIn(page);
  const count = async () =>
    ((await (await page.request.get("/api/v1/tasks?limit=100")).json()) as { items: unknown[] }).items.length;
  const before = await count();
  await page.goto("/video?op=video.veo.generate");
  const form = page.getByRole("form", { name: "Veo 3.1" });
  await form.getByLabel("Prompt").fill("A reference-driven shot");
  await form.getByLabel("Mode", { exact: true }).selectOption({ label: "Reference images (Fast only)" });
  await form.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(form.getByText(/Reference mode needs 1–3 images/)).toBeVisible();
  await form.getByLabel("Prompt").fill("");
  await form.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(form.getByText(/Describe the video|Write a prompt/)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await count()).toBe(before);
});
