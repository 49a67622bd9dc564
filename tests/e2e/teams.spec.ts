import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, signUp } from "./helpers";

test.describe.configure({ mode: "serial" });

const VIEWER = { email: `viewer-${Date.now()}@example.com`, password: "team-viewer-pass-2026" };
const EDITOR = { email: `editor-${Date.now()}@example.com`, password: "team-editor-pass-2026" };
const COLLECTION = `Crew picks ${Date.now().toString(36)}`;
const TEAM = `Crew ${Date.now().toString(36)}`;

let owner: Page;
let assetId: string;
let inviteUrl: string;
let shareUrl: string;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A finished image made through the JSON API with the owner's session. */
async function makeImage(page: Page, prompt = "a lighthouse for the team"): Promise<string> {
  const res = await page.request.post("/api/v1/tasks", {
    data: { operationId: "image.market.nano-banana", input: { prompt } },
  });
  expect(res.status()).toBe(201);
  const { task } = (await res.json()) as { task: { id: string } };
  let outputs: { assetId: string }[] = [];
  await expect
    .poll(
      async () => {
        const body = (await (await page.request.get(`/api/v1/tasks/${task.id}`)).json()) as {
          task: { state: string; outputs: { assetId: string }[] };
        };
        outputs = body.task.outputs;
        return body.task.state;
      },
      { timeout: 60_000 },
    )
    .toBe("succeeded");
  return outputs[0].assetId;
}

test("the owner creates a team, shares a result into it and invites a viewer by link", async ({
  browser,
}) => {
  owner = await newPage(browser);
  await signIn(owner);
  assetId = await makeImage(owner);

  await owner.goto("/teams");
  await owner.getByLabel("Team name").fill(TEAM);
  await owner.getByRole("button", { name: "Create team" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: TEAM })).toBeVisible();

  await owner.getByRole("button", { name: "Add from my gallery" }).click();
  const dialog = owner.getByRole("dialog", { name: "Share into this team" });
  await dialog.getByTestId("share-candidate").first().getByRole("button", { name: "Share" }).click();
  await expect(owner.getByText("Shared with the team.")).toBeVisible();
  await dialog.getByRole("button", { name: /close/i }).click();
  await expect(owner.getByTestId("team-shared-asset")).toHaveCount(1);

  await owner.getByLabel("Role for new members").selectOption("viewer");
  await owner.getByRole("button", { name: "Create invite link" }).click();
  inviteUrl = (await owner.getByTestId("invite-link").textContent()) ?? "";
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
});

test("a team viewer sees the shared result, can download it, and cannot remove or delete it", async ({
  browser,
}) => {
  const viewer = await newPage(browser);
  await signUp(viewer, VIEWER.email, VIEWER.password);
  await viewer.goto(new URL(inviteUrl).pathname);
  await expect(viewer.getByRole("heading", { name: `Join “${TEAM}”` })).toBeVisible();
  await viewer.getByRole("button", { name: "Join the team" }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: TEAM })).toBeVisible();
  await expect(viewer.getByText("You are a viewer")).toBeVisible();

  const shared = viewer.getByTestId("team-shared-asset");
  await expect(shared).toHaveCount(1);
  await expect(shared.locator("img")).toHaveJSProperty("complete", true);
  expect(await shared.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
    0,
  );
  await expect(shared.getByRole("button", { name: "Remove from team" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Add from my gallery" })).toHaveCount(0);

  const download = await viewer.request.get(`/api/assets/${assetId}?download=1`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  // Deleting is the owner's alone: the task behind it is not even visible to the viewer.
  expect((await viewer.request.get(`/api/v1/tasks?limit=5`)).status()).toBe(200);
  const tasks = (await (await viewer.request.get("/api/v1/tasks?limit=5")).json()) as { items: unknown[] };
  expect(tasks.items).toHaveLength(0);
  await viewer.context().close();
});

test("a team editor adds their own result to a shared collection from the gallery, and the owner sees it", async ({
  browser,
}) => {
  // The owner files the result in a collection and shares the collection into the team.
  const created = await owner.request.post("/api/v1/collections", { data: { name: COLLECTION } });
  expect(created.status()).toBe(201);
  const { collection } = (await created.json()) as { collection: { id: string } };
  const filed = await owner.request.post(`/api/v1/collections/${collection.id}/items`, {
    data: { ids: [assetId] },
  });
  expect(filed.status()).toBe(200);
  await owner.goto("/teams");
  await owner.getByRole("link", { name: new RegExp(TEAM) }).click();
  await owner.getByRole("button", { name: "Add from my gallery" }).click();
  const dialog = owner.getByRole("dialog", { name: "Share into this team" });
  await dialog
    .getByRole("listitem")
    .filter({ hasText: COLLECTION })
    .getByRole("button", { name: "Share" })
    .click();
  await expect(owner.getByText("Shared with the team.")).toBeVisible();
  await dialog.getByRole("button", { name: /close/i }).click();
  const shared = owner.getByTestId("team-shared-collection").filter({ hasText: COLLECTION });
  await expect(shared).toContainText("1 item ·");
  await owner.getByLabel("Role for new members").selectOption("editor");
  await owner.getByRole("button", { name: "Create invite link" }).click();
  const editorInvite = (await owner.getByTestId("invite-link").textContent()) ?? "";

  const editor = await newPage(browser);
  await signUp(editor, EDITOR.email, EDITOR.password);
  await editor.goto(new URL(editorInvite).pathname);
  await editor.getByRole("button", { name: "Join the team" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: TEAM })).toBeVisible();
  await makeImage(editor, "an editor's harbour at dawn");

  // From the editor's own gallery: open the result, add it to the team's collection.
  await editor.goto("/gallery");
  await editor
    .getByTestId("gallery-item")
    .getByRole("button", { name: /Open an editor's harbour/ })
    .click();
  await editor.getByTestId("gallery-details").getByRole("button", { name: "Add to collection" }).click();
  const picker = editor.getByTestId("collection-picker");
  await picker.getByRole("button", { name: new RegExp(`${TEAM} · ${COLLECTION}`) }).click();
  await expect(editor.getByText("Added to the collection")).toBeVisible();
  await expect(picker.getByRole("button", { name: new RegExp(COLLECTION), pressed: true })).toBeVisible();
  await editor.context().close();

  // The owner sees it in the team's collection, next to their own.
  await owner.reload();
  await expect(shared).toContainText("2 items ·");
  await expect(shared.locator("img")).toHaveCount(2);
});

test("a public share link works signed out and stops working when revoked", async ({ browser }) => {
  await owner.goto("/teams");
  await owner.getByRole("link", { name: new RegExp(TEAM) }).click();
  await owner.getByTestId("team-shared-asset").getByRole("button", { name: "Share link" }).click();
  const dialog = owner.getByRole("dialog", { name: "Share" });
  await dialog.getByLabel("Link expires").selectOption("7");
  await dialog.getByRole("button", { name: "Create link" }).click();
  shareUrl = (await dialog.getByTestId("share-link").textContent()) ?? "";
  expect(shareUrl).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

  const stranger = await newPage(browser);
  const path = new URL(shareUrl).pathname;
  await stranger.goto(path);
  const view = stranger.getByTestId("public-asset");
  await expect(view).toBeVisible();
  await expect(view.getByText("a lighthouse for the team")).toBeVisible();
  const img = view.locator("img").first();
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
    .toBe(true);
  await expect(stranger.locator('meta[property="og:title"]')).toHaveCount(1);
  await expect(stranger.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /\/api\/s\/.+\/asset\//,
  );
  const src = (await img.getAttribute("src")) ?? "";
  expect((await stranger.request.get(src)).status()).toBe(200);
  // The link opens this result only, and nothing signed-in.
  expect((await stranger.request.get(`/api/assets/${assetId}`)).status()).toBe(404);

  await dialog.getByRole("button", { name: "Revoke" }).first().click();
  await expect(owner.getByText("Link revoked")).toBeVisible();

  const gone = await stranger.goto(path);
  expect(gone?.status()).toBe(404);
  await expect(stranger.getByTestId("public-asset")).toHaveCount(0);
  expect((await stranger.request.get(src)).status()).toBe(404);
  await stranger.context().close();
  await owner.context().close();
});
