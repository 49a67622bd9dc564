import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, signUp } from "./helpers";

test.describe.configure({ mode: "serial" });

// The demo account is the studio's first account, hence an admin; this one signs up as a regular user.
const USER = { email: `budget-${Date.now()}@example.com`, password: "plain-user-pass-2026" };
const NANO = "image.market.nano-banana";

async function asUser(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, USER.email, USER.password).catch(async () => {
    // Signed up by an earlier test in this run: sign in instead.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(USER.email);
    await page.getByLabel("Password").fill(USER.password);
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await expect(page).toHaveURL(/\/music/);
  });
  return page;
}

async function asAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page);
  return page;
}

async function pickNanoBanana(page: Page) {
  const search = page.getByRole("searchbox", { name: "Search models" });
  if (await search.count()) await search.fill("nano banana");
  await page.getByRole("button", { name: "Nano Banana", exact: true }).click();
}

test("a non-admin cannot reach the admin page or its data", async ({ browser }) => {
  const page = await asUser(browser);
  for (const path of ["/admin", "/admin/users", "/admin/models"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  for (const path of ["/api/v1/admin/overview", "/api/v1/admin/ledger"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  expect((await page.request.post("/api/v1/admin/balance")).status()).toBe(404);
  await page.context().close();
});

test("the admin sees the balance, spend and drift, and can export the ledger", async ({ browser }) => {
  const page = await asAdmin(browser);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Spend" })).toBeVisible();
  await expect(page.getByTestId("kie-balance")).toContainText(/\d/);
  await expect(page.getByRole("heading", { name: "Drift check" })).toBeVisible();
  const csv = await page.request.get("/api/v1/admin/ledger");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toContain("ledger_credits");
  await page.context().close();
});

test("an admin sets a budget and the user is refused past it", async ({ browser }) => {
  const user = await asUser(browser);
  const admin = await asAdmin(browser);
  await admin.goto(`/admin/users?q=${encodeURIComponent(USER.email)}`);
  const row = admin.locator(`[data-testid="user-row"][data-email="${USER.email}"]`);
  await expect(row).toBeVisible();
  const budget = row.getByRole("form", { name: `Budget for ${USER.email}` });
  await budget.getByLabel("Daily credits").fill("4");
  await budget.getByRole("button", { name: "Save budget" }).click();
  await expect(budget.getByRole("status")).toHaveText("Budget saved.");

  // Nano Banana holds 4 credits: the first fits the budget exactly, the second is refused.
  await user.goto("/image");
  await pickNanoBanana(user);
  await user.getByLabel("Prompt").fill("A lighthouse made of glass at dusk");
  await user.getByRole("button", { name: "Generate" }).click();
  await expect(user.locator('[data-testid="image-result"]').first()).toBeVisible({ timeout: 60_000 });
  await user.getByLabel("Prompt").fill("A second lighthouse, past the budget");
  await user.getByRole("button", { name: "Generate" }).click();
  await expect(user.getByText(/your daily budget has 0 of 4 credits left\. It resets/)).toBeVisible();

  await user.goto("/usage");
  await expect(user.getByTestId("usage-day")).toContainText("of 4 · 0 left");
  await user.context().close();
  await admin.context().close();
});

test("an admin turns a model off and it disappears from the form", async ({ browser }) => {
  const user = await asUser(browser);
  await user.goto("/image");
  await expect(user.getByRole("button", { name: "Nano Banana", exact: true })).toBeVisible();

  const admin = await asAdmin(browser);
  await admin.goto("/admin/models");
  const row = admin.locator(`[data-testid="operation-row"][data-operation-id="${NANO}"]`);
  await row.getByRole("button", { name: "Turn off" }).click();
  await expect(row).toHaveAttribute("data-enabled", "false");

  await user.goto("/image");
  await expect(user.getByRole("heading", { level: 1, name: "Image" })).toBeVisible();
  await expect(user.getByRole("button", { name: "Nano Banana", exact: true })).toHaveCount(0);
  // The API refuses it too.
  const res = await user.request.post("/api/v1/tasks", {
    data: { operationId: NANO, input: { prompt: "while it is off" } },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toMatch(/turned off by an administrator/);

  await row.getByRole("button", { name: "Turn on" }).click();
  await expect(row).toHaveAttribute("data-enabled", "true");
  await user.context().close();
  await admin.context().close();
});
