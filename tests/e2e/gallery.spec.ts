import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { readZip } from "../unit/gallery/zip-reader";
import { signUp } from "./helpers";

/**
 * The gallery as a person uses it: results show up, filters and search narrow them on the server
 * (and land in the URL), and a multi-selection downloads as one ZIP holding the files and a manifest.
 */
test.describe.configure({ mode: "serial" });

const USER = { email: `gallery-${Date.now()}@example.com`, password: "gallery-e2e-2026" };

async function generateImage(page: Page, prompt: string): Promise<string> {
  const res = await page.request.post("/api/v1/tasks", {
    data: {
      operationId: "image.market.nano-banana",
      input: { prompt, image_size: "1:1", output_format: "png" },
    },
  });
  expect(res.ok()).toBe(true);
  const { task } = (await res.json()) as { task: { id: string } };
  await expect
    .poll(
      async () => {
        const r = await page.request.get(`/api/v1/tasks/${task.id}`);
        const t = ((await r.json()) as { task: { state: string; outputs: unknown[] } }).task;
        return t.state === "succeeded" && t.outputs.length > 0 ? "done" : t.state;
      },
      { timeout: 90_000 },
    )
    .toBe("done");
  return task.id;
}

test("filter, search, select and download a ZIP with the files and the manifest", async ({ page }) => {
  await signUp(page, USER.email, USER.password);
  await generateImage(page, "A red fox sleeping in fresh snow");
  await generateImage(page, "A lighthouse in a violent storm");
  await generateImage(page, "A red kite over green hills");

  await page.goto("/gallery");
  const tiles = page.getByTestId("gallery-item");
  await expect(tiles).toHaveCount(3);

  // Search runs on the server and lands in the URL.
  await page.getByLabel("Search prompts and titles").fill("red");
  await expect(page).toHaveURL(/[?&]q=red/);
  await expect(tiles).toHaveCount(2);
  await page.getByLabel("Search prompts and titles").fill("lighthouse");
  await expect(tiles).toHaveCount(1);
  await page.getByLabel("Search prompts and titles").fill("");
  await expect(tiles).toHaveCount(3);

  // Filters: a kind with nothing in it, then back; favourites narrow to the starred one.
  await page.getByRole("button", { name: "Audio", exact: true }).click();
  await expect(page).toHaveURL(/kind=audio/);
  await expect(page.getByText("Nothing matches")).toBeVisible();
  await page.getByRole("button", { name: "All", exact: true }).click();
  await expect(tiles).toHaveCount(3);
  await tiles.first().hover();
  await tiles.first().getByRole("button", { name: "Add to favourites" }).click();
  await page.getByRole("button", { name: "Favourites", exact: true }).click();
  await expect(page).toHaveURL(/favorites=1/);
  await expect(tiles).toHaveCount(1);
  await page.getByRole("button", { name: "Favourites", exact: true }).click();
  await expect(tiles).toHaveCount(3);

  // The URL is the state: reloading keeps the search.
  await page.goto("/gallery?q=fox");
  await expect(tiles).toHaveCount(1);
  await expect(page.getByLabel("Search prompts and titles")).toHaveValue("fox");

  // Details of one result: prompt, model, "use these settings" link.
  await page.goto("/gallery");
  await tiles
    .filter({ has: page.getByRole("button", { name: /Open A red fox/ }) })
    .getByRole("button", { name: /Open/ })
    .click();
  const details = page.getByTestId("gallery-details");
  await expect(details.getByTestId("gallery-details-prompt")).toHaveText("A red fox sleeping in fresh snow");
  await expect(details.getByRole("link", { name: "Use these settings" })).toHaveAttribute(
    "href",
    /^\/image\?op=image\.market\.nano-banana&settings=/,
  );
  await page.keyboard.press("Escape");

  // Multi-select two and download them as one ZIP.
  await page.getByLabel("Search prompts and titles").fill("red");
  await expect(tiles).toHaveCount(2);
  for (const tile of await tiles.all()) {
    await tile.hover();
    await tile.getByRole("checkbox").click();
  }
  await expect(page.getByTestId("gallery-bulk-bar")).toContainText("2 selected");
  await page.screenshot({ path: "docs/screenshots/gallery.png", fullPage: false });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("gallery-zip").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const entries = readZip(fs.readFileSync((await download.path())!));
  const manifest = JSON.parse(entries.find((e) => e.name === "manifest.json")!.data.toString("utf8")) as {
    count: number;
    items: {
      file: string;
      prompt: string;
      model: string;
      parameters: Record<string, unknown>;
      bytes: number;
    }[];
  };
  expect(manifest.count).toBe(2);
  expect(manifest.items.map((i) => i.prompt).sort()).toEqual([
    "A red fox sleeping in fresh snow",
    "A red kite over green hills",
  ]);
  for (const item of manifest.items) {
    expect(item.model).not.toBe("");
    expect(item.parameters.image_size).toBe("1:1");
    const file = entries.find((e) => e.name === item.file);
    expect(file?.data.length).toBe(item.bytes);
    expect(file?.data.subarray(1, 4).toString()).toBe("PNG");
  }
});
