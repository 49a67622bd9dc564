import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

const assistant = (page: Page) => page.locator('[data-testid="chat-message"][data-role="assistant"]');

async function ask(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
}

let conversationUrl = "";

test("a conversation with two models streams markdown with highlighted, copyable code", async ({ page }) => {
  await signIn(page);
  await page.goto("/chat");
  await page.getByLabel("Model").selectOption({ label: "Gemini 2.5 Flash" });
  await expect(page.getByTestId("model-description")).toContainText("Fast and cheap");
  await ask(page, "Write a TypeScript function that makes slugs");

  const first = assistant(page).first();
  await expect(first).toHaveAttribute("data-status", "done");
  await expect(page).toHaveURL(/\/chat\/[a-z0-9]+$/);
  const code = first.locator(".chat-code pre code");
  await expect(code).toContainText("export function slugify");
  await expect(code.locator(".hljs-keyword").first()).toBeVisible();
  await expect(first.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(first.getByTestId("credits")).toContainText("credits");

  await page.getByLabel("Model").selectOption({ label: "Claude Sonnet 4.6" });
  // The answer echoes the prompt: its raw HTML must be neither rendered nor run.
  await ask(page, 'Now explain it <b data-injected="1">plainly</b> <img src="x" onerror="window.__xss=1">');
  const second = assistant(page).nth(1);
  await expect(second).toHaveAttribute("data-status", "done");
  await expect(second).toContainText("Claude Sonnet 4.6");
  await expect(second).toContainText("Simulated answer");
  await expect(second).toContainText("claude-sonnet-4-6");
  await expect(page.locator("[data-testid=markdown] [data-injected]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  conversationUrl = page.url();
});

test("Stop ends an answer midway and keeps what was written", async ({ page }) => {
  await signIn(page);
  await page.goto(conversationUrl);
  await ask(page, "Tell me a very long story [sim:long]");
  const third = assistant(page).nth(2);
  await expect(third).toHaveAttribute("data-status", "streaming");
  await expect(third.getByTestId("markdown")).toContainText("Part 1");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(third).toHaveAttribute("data-status", "stopped");
  await expect(third).not.toContainText("Part 8");
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
});

test("after a reload the whole history is there", async ({ page }) => {
  await signIn(page);
  await page.goto(conversationUrl);
  await expect(assistant(page)).toHaveCount(3);
  await expect(assistant(page).nth(0).locator(".chat-code pre code")).toContainText("slugify");
  await expect(assistant(page).nth(1)).toContainText("Claude Sonnet 4.6");
  await expect(assistant(page).nth(2)).toHaveAttribute("data-status", "stopped");
  await expect(page.getByTestId("conversation-item").first()).toContainText("Write a TypeScript function");
});

test("Write with AI turns a song idea into lyrics, style and title in the music form", async ({ page }) => {
  await signIn(page);
  await page.goto("/music");
  await page.getByRole("button", { name: "Write lyrics with AI" }).click();
  await page.getByRole("textbox", { name: "Song idea" }).fill("a lighthouse keeper who loves the fog");
  await page.getByRole("button", { name: "Write lyrics", exact: true }).click();
  await expect(page.getByRole("radio", { name: "Custom" })).toBeChecked();
  const lyrics = page.getByLabel("Description or lyrics");
  await expect(lyrics).toHaveValue(/\[Verse\]/);
  await expect(lyrics).toHaveValue(/lighthouse keeper/);
  await expect(page.getByLabel("Style")).not.toHaveValue("");
  await expect(page.getByLabel("Title")).not.toHaveValue("");
  // The result is editable and submits like typed lyrics.
  await lyrics.press("End");
  await lyrics.pressSequentially("\n[Outro]\nGoodnight, fog");
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect
    .poll(async () => {
      const res = await page.request.get("/api/v1/tasks?category=music&limit=1");
      const { items } = (await res.json()) as {
        items: { input: { prompt?: string; customMode?: boolean } }[];
      };
      return items[0]?.input;
    })
    .toMatchObject({ customMode: true, prompt: expect.stringContaining("Goodnight, fog") });
});
