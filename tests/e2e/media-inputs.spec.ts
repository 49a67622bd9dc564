import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

test("image edit: upload a local PNG into the field, see its thumbnail, generate, and the task succeeds", async ({
  page,
}) => {
  const png = await sharp({ create: { width: 96, height: 64, channels: 3, background: "#2e86de" } })
    .png()
    .toBuffer();

  await signIn(page);
  await page.goto("/image");
  await page
    .getByRole("button", { name: /Nano Banana edit/ })
    .first()
    .click();
  await page.getByLabel("Prompt").fill("Make it look like a watercolor painting");

  const field = page.locator('[data-testid="media-field"][data-field="image_urls"]');
  await field.getByRole("button", { name: "Add image" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("tab", { name: "Upload" }).click();

  const uploaded = page.waitForResponse(
    (r) => r.url().includes("/api/v1/uploads") && r.request().method() === "POST",
  );
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: "blue-square.png", mimeType: "image/png", buffer: png });
  const response = await uploaded;
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { url: string; kind: string; bytes: number; fileName: string };
  expect(body).toMatchObject({ kind: "image", bytes: png.length, fileName: "blue-square.png" });
  await expect(dialog).toBeHidden();

  const item = field.locator('[data-testid="media-item"]');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-source", "upload");
  await expect(item).toContainText("blue-square.png");
  const thumb = item.locator("img");
  await expect(thumb).toHaveJSProperty("complete", true);
  expect(await thumb.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(96);

  // The uploaded file is served back by Kie (the simulator) byte for byte.
  const served = await page.request.get(body.url);
  expect(Buffer.from(await served.body()).equals(png)).toBe(true);

  const before = await page.locator('[data-testid="image-result"]').count();
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.locator('[data-testid="image-result"]')).toHaveCount(before + 1, { timeout: 60_000 });
  await expect(page.locator('[data-testid="image-failed"]')).toHaveCount(0);
});

test("the URL tab refuses a non-http link and adds a valid one; removing empties the field", async ({
  page,
}) => {
  await signIn(page);
  await page.goto("/image");
  await page
    .getByRole("button", { name: /Flux Kontext edit/ })
    .first()
    .click();
  const field = page.locator('[data-testid="media-field"]').first();
  await field.getByRole("button", { name: /Add image/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("tab", { name: "URL" }).click();
  const input = dialog.getByLabel("Link to the image");
  await input.fill("ftp://example.com/a.png");
  await dialog.getByRole("button", { name: "Add link" }).click();
  await expect(dialog.getByText("The link must start with http:// or https://")).toBeVisible();
  await input.fill("https://images.example.com/photo.png");
  await input.press("Enter");
  await expect(dialog).toBeHidden();
  const item = field.locator('[data-testid="media-item"]');
  await expect(item).toHaveAttribute("data-source", "url");
  await expect(item).toContainText("images.example.com");
  await item.getByRole("button", { name: /Remove/ }).click();
  await expect(item).toHaveCount(0);
});

test("My results lists earlier images and choosing one shows its thumbnail", async ({ page }) => {
  await signIn(page);
  await page.goto("/image");
  await page
    .getByRole("button", { name: /Nano Banana edit/ })
    .first()
    .click();
  const field = page.locator('[data-testid="media-field"][data-field="image_urls"]');
  await field.getByRole("button", { name: "Add image" }).click();
  const dialog = page.getByRole("dialog");
  const results = dialog.locator('[data-testid="picker-result"]');
  await expect(results.first()).toBeVisible();
  await results.first().focus();
  await page.keyboard.press("Space");
  await expect(results.first()).toHaveAttribute("aria-pressed", "true");
  await dialog.getByRole("button", { name: "Add result" }).click();
  await expect(dialog).toBeHidden();
  const item = field.locator('[data-testid="media-item"]');
  await expect(item).toHaveAttribute("data-source", "asset");
  const thumb = item.locator("img");
  await expect(thumb).toHaveJSProperty("complete", true);
  expect(await thumb.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
});
