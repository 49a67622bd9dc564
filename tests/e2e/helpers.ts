import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@kie.studio", password: "demo-studio-2026" };

export async function signIn(page: Page, email = DEMO.email, password = DEMO.password) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page).toHaveURL(/\/music/);
}

export async function signUp(page: Page, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /create account|sign up/i }).click();
  await expect(page).toHaveURL(/\/music/);
}

/** Records every data-state a task card shows while we wait for it to finish. */
export async function watchStates(
  page: Page,
  taskId: string,
  until: string[],
  timeoutMs = 60_000,
): Promise<string[]> {
  const card = page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`);
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await card.getAttribute("data-state");
    if (state && seen.at(-1) !== state) seen.push(state);
    if (state && until.includes(state)) return seen;
    await page.waitForTimeout(100);
  }
  throw new Error(`task ${taskId} did not reach ${until.join("/")}; saw ${seen.join(" → ")}`);
}
