import { expect, type Locator, type Page, test } from "@playwright/test";
import { signIn, watchStates } from "./helpers";

/**
 * The players: one global audio player that survives navigation, A/B between Suno's takes, karaoke
 * from timestamped lyrics, the stems mixer, and the video resolution switch.
 */
test.describe.configure({ mode: "serial" });

const SHOTS = "docs/screenshots";

async function newestTaskId(page: Page): Promise<string | null> {
  const res = await page.request.get("/api/v1/tasks?limit=1");
  return ((await res.json()) as { items: { id: string }[] }).items[0]?.id ?? null;
}

async function generate(page: Page): Promise<string> {
  const before = await newestTaskId(page);
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect.poll(() => newestTaskId(page), { timeout: 20_000 }).not.toBe(before);
  return (await newestTaskId(page)) ?? "";
}

async function finishes(page: Page, taskId: string): Promise<Locator> {
  expect((await watchStates(page, taskId, ["succeeded", "failed"], 90_000)).at(-1)).toBe("succeeded");
  return page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`);
}

const time = (audio: Locator) => audio.evaluate((a: HTMLAudioElement) => a.currentTime);

async function shoot(page: Page, name: string, target?: Locator) {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.waitForTimeout(300);
  if (target) await target.screenshot({ path: `${SHOTS}/${name}.png` });
  else await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

let songId = "";

test("a song keeps playing in the global player across pages, and A/B keeps the position", async ({
  page,
}) => {
  await signIn(page);
  await page.getByLabel("Description or lyrics").fill("A slow piano ballad about a lighthouse keeper");
  songId = await generate(page);
  const song = await finishes(page, songId);
  const takes = song.getByTestId("track-player");
  await expect(takes).toHaveCount(2);
  const [take1, take2] = await Promise.all([
    takes.nth(0).getAttribute("data-asset-id"),
    takes.nth(1).getAttribute("data-asset-id"),
  ]);

  await song.getByRole("button", { name: "Play" }).first().click();
  const bar = page.getByTestId("global-player");
  const audio = page.getByTestId("player-audio");
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("data-asset-id", take1 ?? "");
  await expect(bar.getByTestId("waveform")).toBeVisible();
  await expect.poll(() => time(audio), { timeout: 15_000 }).toBeGreaterThan(0.5);
  await expect(takes.nth(0)).toHaveAttribute("data-current", "true");
  await expect(song.getByRole("button", { name: "Pause" })).toHaveCount(1);
  await shoot(page, "player");

  // Client-side navigation: the layout (and its <audio>) stays, so the song carries on.
  await page.getByRole("link", { name: "Tasks", exact: true }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  const before = await time(audio);
  await expect.poll(() => time(audio), { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
  await expect(bar).toHaveAttribute("data-state", "playing");
  await page.getByRole("link", { name: "Gallery", exact: true }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(bar).toHaveAttribute("data-state", "playing");

  // Keyboard: K pauses, K resumes (not while typing).
  await page.locator("body").press("k");
  await expect(bar).toHaveAttribute("data-state", "paused");
  await page.locator("body").press("k");
  await expect(bar).toHaveAttribute("data-state", "playing");

  // A/B: the other take picks up at the same moment.
  await audio.evaluate((a: HTMLAudioElement) => {
    a.currentTime = 4;
  });
  const at = await time(audio);
  await bar.getByTestId("player-ab").click();
  await expect(bar).toHaveAttribute("data-asset-id", take2 ?? "");
  await expect(audio).toHaveAttribute("src", `/api/assets/${take2}`);
  await expect.poll(() => time(audio), { timeout: 10_000 }).toBeGreaterThan(at - 0.5);
  expect(Math.abs((await time(audio)) - at)).toBeLessThan(2);
  await expect(bar).toHaveAttribute("data-state", "playing");

  // Media Session shows what is playing (lock screen, media keys).
  const title = await page.evaluate(() => navigator.mediaSession.metadata?.title ?? "");
  expect(title.length).toBeGreaterThan(0);

  // The gallery's details play through the same global player: the playing take shows as playing
  // there, and its button pauses the bar (no second player).
  await page
    .locator(`[data-testid="gallery-item"][data-asset-id="${take2}"]`)
    .getByRole("button", { name: /^Open / })
    .click();
  const details = page.getByRole("dialog").getByTestId("track-player");
  await expect(details).toHaveAttribute("data-current", "true");
  await details.getByRole("button", { name: "Pause" }).click();
  await expect(bar).toHaveAttribute("data-state", "paused");
  await expect(page.getByRole("dialog").locator("audio[controls]")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await audio.evaluate((a: HTMLAudioElement) => a.pause());
});

test("karaoke: timestamped lyrics light up line by line as the song plays", async ({ page }) => {
  test.skip(!songId, "needs the song of the first test");
  await signIn(page);
  const song = page.locator(`[data-testid="task-card"][data-task-id="${songId}"]`);
  await song.getByRole("button", { name: "Use as source" }).first().click();
  await page.getByRole("menuitem", { name: /Karaoke lyrics/ }).click();
  await expect(page).toHaveURL(/op=music\.timestamped-lyrics&from=/);
  const lyricsId = await generate(page);
  await finishes(page, lyricsId);

  await page.goto("/music");
  await page
    .locator(`[data-testid="task-card"][data-task-id="${songId}"]`)
    .getByRole("button", { name: "Play" })
    .first()
    .click();
  const bar = page.getByTestId("global-player");
  const audio = page.getByTestId("player-audio");
  await bar.getByRole("button", { name: "Lyrics" }).click();
  const karaoke = bar.getByTestId("karaoke");
  await expect(karaoke).toBeVisible();

  const duration = await audio.evaluate(
    (a: HTMLAudioElement) =>
      new Promise<number>((resolve) =>
        Number.isFinite(a.duration) && a.duration > 0
          ? resolve(a.duration)
          : a.addEventListener("loadedmetadata", () => resolve(a.duration), { once: true }),
      ),
  );
  const current = karaoke.locator('[data-testid="karaoke-line"][data-current]');
  await audio.evaluate((a: HTMLAudioElement, t: number) => {
    a.currentTime = t;
  }, duration * 0.2);
  await expect(karaoke.locator('[data-state="sung"]').first()).toBeVisible();
  const early = await current.textContent();
  await expect(current).toHaveCount(1);

  // Later in the song another line is current, and the highlight keeps moving while it plays.
  await audio.evaluate((a: HTMLAudioElement, t: number) => {
    a.currentTime = t;
  }, duration * 0.7);
  await expect.poll(() => current.textContent()).not.toBe(early);
  const sung = () =>
    karaoke.locator('[data-testid="karaoke-line"][data-current] [data-state="sung"]').count();
  const then = await sung();
  await expect.poll(sung, { timeout: 15_000 }).not.toBe(then);
  await shoot(page, "karaoke", bar);
  await audio.evaluate((a: HTMLAudioElement) => a.pause());
});

test("stems mixer plays the stems in sync, and mute silences one", async ({ page }) => {
  test.skip(!songId, "needs the song of the first test");
  await signIn(page);
  const song = page.locator(`[data-testid="task-card"][data-task-id="${songId}"]`);
  await song.getByRole("button", { name: "Use as source" }).first().click();
  await page.getByRole("menuitem", { name: /Separate stems/ }).click();
  await expect(page).toHaveURL(/op=music\.stems&from=/);
  const stemsId = await generate(page);
  const card = await finishes(page, stemsId);

  const mixer = card.getByTestId("stems-mixer");
  const rows = mixer.getByTestId("stem-row");
  await expect(rows).toHaveCount(2);
  const stems = mixer.locator('[data-testid="track-audio"]');
  await mixer.getByRole("button", { name: "Play all stems" }).click();
  await expect(mixer).toHaveAttribute("data-state", "playing");
  await expect.poll(() => time(stems.nth(1)), { timeout: 15_000 }).toBeGreaterThan(0.8);
  const [a, b] = [await time(stems.nth(0)), await time(stems.nth(1))];
  expect(Math.abs(a - b)).toBeLessThan(0.3);

  const firstName = (await rows.nth(0).locator("span").first().textContent())?.trim() ?? "";
  await mixer.getByRole("button", { name: `Mute ${firstName}` }).click();
  await expect(rows.nth(0)).toHaveAttribute("data-gain", "0");
  await expect.poll(() => stems.nth(0).evaluate((el: HTMLAudioElement) => el.volume)).toBe(0);
  expect(await stems.nth(1).evaluate((el: HTMLAudioElement) => el.volume)).toBe(1);
  // Muting does not stop the mix: both keep running together.
  const t = await time(stems.nth(1));
  await expect.poll(() => time(stems.nth(1))).toBeGreaterThan(t + 0.3);
  expect(await stems.nth(0).evaluate((el: HTMLAudioElement) => el.paused)).toBe(false);

  // Solo the muted one: the other falls silent, the muted one stays muted.
  await mixer.getByRole("button", { name: `Solo ${firstName}` }).click();
  await expect(rows.nth(1)).toHaveAttribute("data-gain", "0");
  await mixer.getByRole("button", { name: `Solo ${firstName}` }).click();
  await expect(rows.nth(1)).toHaveAttribute("data-gain", "1");
  await shoot(page, "stems", card);
  await mixer.getByRole("button", { name: "Pause all stems" }).click();
  await expect(mixer).toHaveAttribute("data-state", "paused");
});

test("video plays and switches to its 1080p version at the same moment", async ({ page }) => {
  await signIn(page);
  await page.goto("/video?op=video.veo.generate");
  await page.getByLabel("Prompt").fill("Waves folding over black sand, slow motion");
  const veoId = await generate(page);
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/tasks/${veoId}`)).json()).task.state, {
      timeout: 90_000,
    })
    .toBe("succeeded");
  const task = (await (await page.request.get(`/api/v1/tasks/${veoId}`)).json()).task as {
    outputs: { assetId: string }[];
  };
  const clipId = task.outputs[0].assetId;
  const clip = page.locator(`[data-testid="video-result"][data-asset-id="${clipId}"]`);
  await expect(clip.locator("video")).toHaveAttribute("src", `/api/assets/${clipId}`, { timeout: 20_000 });

  await clip.getByRole("button", { name: "Use as source" }).first().click();
  await page.getByRole("menuitem", { name: /Get 1080p/ }).click();
  const hdId = await generate(page);
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/tasks/${hdId}`)).json()).task.state, {
      timeout: 90_000,
    })
    .toBe("succeeded");
  const hdAsset = ((await (await page.request.get(`/api/v1/tasks/${hdId}`)).json()).task as typeof task)
    .outputs[0].assetId;

  const versions = await (await page.request.get(`/api/v1/assets/${clipId}/versions`)).json();
  expect(versions.versions.map((v: { label: string }) => v.label)).toEqual(["Original", "1080p"]);

  await page.goto("/video");
  const video = clip.getByTestId("video-player");
  await expect(clip.getByRole("radiogroup", { name: "Resolution" })).toBeVisible();
  await expect(clip.getByTestId("video-facts")).toContainText(/\d+:\d\d · \d+ × \d+/);
  // Keyboard: focus the player and press K to play.
  await clip.locator("[data-own-keys]").focus();
  await page.keyboard.press("k");
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.5);
  const at = await video.evaluate((v: HTMLVideoElement) => v.currentTime);

  await clip.getByRole("radio", { name: "1080p" }).click();
  await expect(video).toHaveAttribute("src", `/api/assets/${hdAsset}`);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(at - 0.3);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused)).toBe(true);
  await video.evaluate((v: HTMLVideoElement) => v.pause());
});
