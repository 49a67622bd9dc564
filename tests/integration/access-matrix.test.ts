import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Stack } from "../support/stack";
import { startStack } from "../support/stack";

/**
 * The access matrix: every actor × {read, download, update, delete, share} × {task, asset,
 * collection}, decided by lib/access against a real database, and — wherever a real surface
 * exists — exercised through it (route handlers and server actions called directly, with a
 * mocked Auth.js session, exactly as an attacker calling an action by id would). Anything not
 * allowed answers 404 and leaves every row as it was.
 */

let session: { user: { id: string }; sv: number } | null = null;
vi.mock("@/lib/auth", () => ({ auth: async () => session }));
// No Next request store in tests: cache revalidation is a no-op.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Action = "read" | "download" | "update" | "delete" | "share";
type Kind = "task" | "asset" | "collection";
type ActorName =
  | "owner"
  | "another user"
  | "team viewer"
  | "team editor"
  | "removed member"
  | "anonymous"
  | "anonymous with link"
  | "expired link"
  | "revoked link";

const ACTIONS: Action[] = ["read", "download", "update", "delete", "share"];
const KINDS: Kind[] = ["task", "asset", "collection"];

const ALL = new Set<Action>(ACTIONS);
const VIEW = new Set<Action>(["read", "download"]);
const NOTHING = new Set<Action>();

const EXPECTED: Record<ActorName, Record<Kind, Set<Action>>> = {
  owner: { task: ALL, asset: ALL, collection: ALL },
  "another user": { task: NOTHING, asset: NOTHING, collection: NOTHING },
  "team viewer": { task: NOTHING, asset: VIEW, collection: VIEW },
  "team editor": { task: NOTHING, asset: VIEW, collection: new Set(["read", "download", "update"]) },
  "removed member": { task: NOTHING, asset: NOTHING, collection: NOTHING },
  anonymous: { task: NOTHING, asset: NOTHING, collection: NOTHING },
  "anonymous with link": { task: NOTHING, asset: VIEW, collection: VIEW },
  "expired link": { task: NOTHING, asset: NOTHING, collection: NOTHING },
  "revoked link": { task: NOTHING, asset: NOTHING, collection: NOTHING },
};

let stack: Stack;
let access: typeof import("@/lib/access");
let ids: { task: string; asset: string; collection: string; team: string };
const users: Record<string, string> = {};
const tokens: Record<"live" | "expired" | "revoked", string> = { live: "", expired: "", revoked: "" };

function actorFor(name: ActorName): { userId: string | null; shareToken?: string } {
  switch (name) {
    case "anonymous":
      return { userId: null };
    case "anonymous with link":
      return { userId: null, shareToken: tokens.live };
    case "expired link":
      return { userId: null, shareToken: tokens.expired };
    case "revoked link":
      return { userId: null, shareToken: tokens.revoked };
    default:
      return { userId: users[name] };
  }
}

function signInAs(name: ActorName) {
  const userId = actorFor(name).userId;
  session = userId ? { user: { id: userId }, sv: 0 } : null;
}

/** Every row an action could touch, to prove a refused call changed nothing. */
async function snapshot() {
  const db = stack.lib.db;
  const [tasks, assets, collections, items, shares, links, members, targets] = await Promise.all([
    db.task.findMany({ orderBy: { id: "asc" } }),
    db.asset.findMany({ orderBy: { id: "asc" } }),
    db.collection.findMany({ orderBy: { id: "asc" } }),
    db.collectionItem.findMany({ orderBy: { id: "asc" } }),
    db.teamShare.findMany({ orderBy: { id: "asc" } }),
    db.shareLink.findMany({ orderBy: { id: "asc" } }),
    db.teamMember.findMany({ orderBy: { id: "asc" } }),
    db.taskCollectionTarget.findMany({ orderBy: { taskId: "asc" } }),
  ]);
  return JSON.stringify({ tasks, assets, collections, items, shares, links, members, targets });
}

beforeAll(async () => {
  stack = await startStack("owner@matrix.test");
  const { db } = stack.lib;
  access = await import("@/lib/access");
  users.owner = stack.userId;
  for (const name of ["another user", "team viewer", "team editor", "removed member"] as const) {
    users[name] = (
      await db.user.create({ data: { email: `${name.replace(/ /g, "-")}@matrix.test`, passwordHash: "x" } })
    ).id;
  }

  const { task } = await stack.lib.submitTask(stack.userId, {
    operationId: "image.market.nano-banana",
    input: { prompt: "a matrix of glass doors", image_size: "1:1" },
  });
  const view = await stack.runToEnd(task.id);
  expect(view?.state).toBe("succeeded");
  const assetId = view!.outputs[0].assetId;
  const collection = await db.collection.create({
    data: { userId: stack.userId, name: "Matrix", items: { create: { assetId, position: 1 } } },
  });

  const teams = await import("@/lib/teams/teams");
  const { shareIntoTeam } = await import("@/lib/teams/shares");
  const team = await teams.createTeam(stack.userId, "Matrix team");
  await teams.addMemberByEmail(stack.userId, team.id, "team-viewer@matrix.test", "viewer");
  await teams.addMemberByEmail(stack.userId, team.id, "team-editor@matrix.test", "editor");
  await teams.addMemberByEmail(stack.userId, team.id, "removed-member@matrix.test", "editor");
  // The collection (and so the asset in it) is shared into the team; the removed member then leaves.
  await shareIntoTeam(stack.userId, team.id, { collectionId: collection.id });
  await teams.removeMember(stack.userId, team.id, users["removed member"]);

  const links = await import("@/lib/shares/links");
  const tokenOf = (path: string) => path.split("/").pop() as string;
  tokens.live = tokenOf(
    (await links.createShareLink(stack.userId, { collectionId: collection.id }, "7")).path,
  );
  const expired = await links.createShareLink(stack.userId, { collectionId: collection.id }, "1");
  tokens.expired = tokenOf(expired.path);
  await db.shareLink.update({
    where: { id: expired.link.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const revoked = await links.createShareLink(stack.userId, { collectionId: collection.id }, "never");
  tokens.revoked = tokenOf(revoked.path);
  await links.revokeShareLink(stack.userId, revoked.link.id);

  ids = { task: task.id, asset: assetId, collection: collection.id, team: team.id };
});

afterAll(async () => {
  session = null;
  await stack?.close();
});

const ACTORS = Object.keys(EXPECTED) as ActorName[];
const cells = ACTORS.flatMap((actor) =>
  KINDS.flatMap((kind) =>
    ACTIONS.map((action) => ({ actor, kind, action, allowed: EXPECTED[actor][kind].has(action) })),
  ),
);

describe("lib/access decides every cell of the matrix", () => {
  it.each(cells)("$actor · $action · $kind → allowed: $allowed", async ({ actor, kind, action, allowed }) => {
    const a = actorFor(actor);
    const id = ids[kind];
    const row =
      kind === "task"
        ? await access.authorizeTask(a, id, action)
        : kind === "asset"
          ? await access.authorizeAsset(a, id, action)
          : await access.authorizeCollection(a, id, action);
    expect(row !== null).toBe(allowed);
    const perms = await access.permissionsFor(a, kind, id);
    expect(perms?.[action] ?? false).toBe(allowed);
  });
});

describe("asset bytes: the signed-in route and the public share route", () => {
  const assetCells = cells.filter(
    (c) => c.kind === "asset" && (c.action === "read" || c.action === "download"),
  );

  it.each(assetCells)("$actor · $action asset over HTTP → $allowed", async ({ actor, action, allowed }) => {
    const a = actorFor(actor);
    const query = action === "download" ? "?download=1" : "";
    let res: Response;
    if (a.shareToken) {
      session = null;
      const { GET } = await import("@/app/api/s/[token]/asset/[assetId]/route");
      res = await GET(new Request(`http://studio.test/api/s/${a.shareToken}/asset/${ids.asset}${query}`), {
        params: Promise.resolve({ token: a.shareToken, assetId: ids.asset }),
      });
    } else {
      signInAs(actor);
      const { GET } = await import("@/app/api/assets/[id]/route");
      res = await GET(new Request(`http://studio.test/api/assets/${ids.asset}${query}`), {
        params: Promise.resolve({ id: ids.asset }),
      });
    }
    expect(res.status).toBe(allowed ? 200 : 404);
    if (allowed) {
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("content-disposition")?.startsWith("attachment") ?? false).toBe(
        action === "download",
      );
    }
  });

  it("a share link for the collection does not open an asset outside it", async () => {
    const { db } = stack.lib;
    const outside = await db.asset.create({
      data: {
        userId: stack.userId,
        taskId: ids.task,
        outputKey: "image-99",
        kind: "image",
        sourceUrl: "x",
        status: "mirrored",
      },
    });
    expect(await access.authorizeAsset(actorFor("anonymous with link"), outside.id, "read")).toBeNull();
    expect(await access.authorizeAsset(actorFor("team viewer"), outside.id, "read")).toBeNull();
    await db.asset.delete({ where: { id: outside.id } });
  });
});

describe("task reads through GET /api/v1/tasks/[id]", () => {
  const taskReads = cells.filter(
    (c) => c.kind === "task" && c.action === "read" && !actorFor(c.actor).shareToken,
  );

  it.each(taskReads)("$actor reads the task → $allowed", async ({ actor, allowed }) => {
    signInAs(actor);
    const { GET } = await import("@/app/api/v1/tasks/[id]/route");
    const res = await GET(new Request(`http://studio.test/api/v1/tasks/${ids.task}`), {
      params: Promise.resolve({ id: ids.task }),
    });
    // No session is a 401 on the JSON API; a signed-in stranger gets the 404.
    expect(res.status).toBe(allowed ? 200 : actorFor(actor).userId ? 404 : 401);
  });
});

describe("server actions called directly (by id) with each session", () => {
  const signedInOrNot = ACTORS.filter((a) => !actorFor(a).shareToken);

  it.each(
    signedInOrNot.flatMap((actor) =>
      (["asset", "collection"] as const).map((kind) => ({
        actor,
        kind,
        allowed: EXPECTED[actor][kind].has("share"),
      })),
    ),
  )("$actor creates a public link for the $kind → $allowed", async ({ actor, kind, allowed }) => {
    signInAs(actor);
    const { createShareLinkAction } = await import("@/lib/shares/actions");
    const before = await snapshot();
    const res = await createShareLinkAction({ [`${kind}Id`]: ids[kind], expiresIn: "1" });
    if (allowed) {
      expect(res.ok).toBe(true);
      // Keep the fixture's links as they were: the new one is revoked straight away.
      if (res.ok)
        await stack.lib.db.shareLink.update({ where: { id: res.link.id }, data: { revokedAt: new Date() } });
    } else {
      expect(res).toMatchObject({ ok: false, status: 404, error: { code: "not_found" } });
      expect(await snapshot()).toBe(before);
    }
  });

  it.each(signedInOrNot.map((actor) => ({ actor, allowed: EXPECTED[actor].collection.has("update") })))(
    "$actor generates into the team collection (collection update) → $allowed",
    async ({ actor, allowed }) => {
      signInAs(actor);
      const { submitTaskAction } = await import("@/app/(studio)/actions");
      const before = await snapshot();
      const res = await submitTaskAction({
        operationId: "image.market.nano-banana",
        input: { prompt: `filed by ${actor}`, image_size: "1:1" },
        nonce: `matrix-${actor.replace(/ /g, "-")}-${Date.now()}`,
        teamCollectionId: ids.collection,
      });
      if (allowed) {
        expect(res.ok).toBe(true);
        const target = await stack.lib.db.taskCollectionTarget.findUnique({
          where: { taskId: res.ok ? res.task.id : "" },
        });
        expect(target?.collectionId).toBe(ids.collection);
      } else {
        expect(res.ok).toBe(false);
        if (!res.ok) expect(["not_found", "collection_not_found", "unauthorized"]).toContain(res.error.code);
        expect(await snapshot()).toBe(before);
      }
    },
  );

  it.each(signedInOrNot.filter((a) => a !== "owner"))(
    "%s cannot revoke the owner's live link",
    async (actor) => {
      signInAs(actor);
      const { revokeShareLinkAction } = await import("@/lib/shares/actions");
      const link = await stack.lib.db.shareLink.findFirstOrThrow({
        where: { revokedAt: null, expiresAt: { gt: new Date() }, userId: users.owner },
      });
      const before = await snapshot();
      const res = await revokeShareLinkAction({ linkId: link.id });
      expect(res).toMatchObject({ ok: false, status: 404 });
      expect(await snapshot()).toBe(before);
    },
  );

  it.each(signedInOrNot.filter((a) => a !== "owner" && a !== "team editor"))(
    "%s cannot take the collection out of the team gallery",
    async (actor) => {
      signInAs(actor);
      const { removeTeamShareAction } = await import("@/app/(studio)/teams/actions");
      const share = await stack.lib.db.teamShare.findFirstOrThrow({ where: { teamId: ids.team } });
      const before = await snapshot();
      const res = await removeTeamShareAction({ teamId: ids.team, shareId: share.id });
      expect(res.ok).toBe(false);
      // Strangers learn nothing (404); a viewer, who can see the team, is told why.
      if (!res.ok) expect(res.status).toBe(actor === "team viewer" ? 403 : 404);
      expect(await snapshot()).toBe(before);
    },
  );

  it.each(signedInOrNot.filter((a) => a !== "owner"))(
    "%s cannot manage members or invites",
    async (actor) => {
      signInAs(actor);
      const t = await import("@/app/(studio)/teams/actions");
      const before = await snapshot();
      const results = await Promise.all([
        t.createInviteLinkAction({ teamId: ids.team, role: "editor", expiresInDays: 7 }),
        t.removeMemberAction({ teamId: ids.team, userId: users["team viewer"] }),
        t.transferOwnershipAction({ teamId: ids.team, userId: users["team editor"] }),
        t.changeMemberRoleAction({ teamId: ids.team, userId: users["team viewer"], role: "editor" }),
      ]);
      for (const res of results) expect(res.ok).toBe(false);
      expect(await snapshot()).toBe(before);
    },
  );

  const strangersToChange = signedInOrNot.filter((a) => a !== "owner");

  it.each(strangersToChange)(
    "%s cannot delete the asset or the collection (gallery actions)",
    async (actor) => {
      signInAs(actor);
      const gallery = await import("@/app/(studio)/gallery/actions");
      const before = await snapshot();
      const delAsset = await gallery.deleteAssetsAction({ ids: [ids.asset] });
      const delCollection = await gallery.deleteCollectionAction({ collectionId: ids.collection });
      // Bulk delete is all or nothing: an id that is not the caller's makes it "not found".
      expect(delAsset.ok).toBe(false);
      if (!delAsset.ok) expect(["not_found", "unauthorized"]).toContain(delAsset.error.code);
      expect(delCollection.ok).toBe(false);
      if (!delCollection.ok) expect(["not_found", "unauthorized"]).toContain(delCollection.error.code);
      expect(await snapshot()).toBe(before);
    },
  );

  it.each(strangersToChange.filter((a) => !EXPECTED[a].collection.has("update")))(
    "%s cannot rename the collection or take items out of it (gallery actions)",
    async (actor) => {
      signInAs(actor);
      const gallery = await import("@/app/(studio)/gallery/actions");
      const before = await snapshot();
      const rename = await gallery.renameCollectionAction({ collectionId: ids.collection, name: "Mine now" });
      const remove = await gallery.removeFromCollectionAction({
        collectionId: ids.collection,
        ids: [ids.asset],
      });
      for (const res of [rename, remove]) {
        expect(res.ok).toBe(false);
        if (!res.ok) expect(["not_found", "unauthorized"]).toContain(res.error.code);
      }
      expect(await snapshot()).toBe(before);
    },
  );

  /** A finished result of the actor's own (signed-in actors only), to offer to the shared collection. */
  async function ownResult(actor: ActorName): Promise<{ taskId: string; assetId: string }> {
    const { db } = stack.lib;
    const userId = actorFor(actor).userId as string;
    const task = await db.task.create({
      data: {
        userId,
        operationId: "image.market.nano-banana",
        category: "image",
        state: "succeeded",
        input: JSON.stringify({ prompt: `made by ${actor}` }),
        callbackToken: `own-${actor.replace(/ /g, "-")}-${Date.now()}`,
      },
    });
    const asset = await db.asset.create({
      data: {
        userId,
        taskId: task.id,
        outputKey: "image-0",
        kind: "image",
        status: "mirrored",
        sourceUrl: "x",
      },
    });
    return { taskId: task.id, assetId: asset.id };
  }

  const inCollection = async () =>
    (
      await stack.lib.db.collectionItem.findMany({
        where: { collectionId: ids.collection },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      })
    ).map((i) => i.assetId);

  it.each(["another user", "team viewer", "team editor", "removed member"] as const)(
    "%s adds their own result to the shared collection through the gallery → allowed if they may update it",
    async (actor) => {
      const allowed = EXPECTED[actor].collection.has("update");
      const own = await ownResult(actor);
      signInAs(actor);
      const gallery = await import("@/app/(studio)/gallery/actions");
      const before = await snapshot();
      const res = await gallery.addToCollectionAction({ collectionId: ids.collection, ids: [own.assetId] });
      if (allowed) {
        expect(res).toMatchObject({ ok: true, data: { added: 1 } });
        // The owner sees it in their collection, and the curator can take it out again.
        expect(await inCollection()).toEqual([ids.asset, own.assetId]);
        const { listCuratableCollectionsForUser, collectionIdsContaining } = await import(
          "@/lib/dal/collections"
        );
        expect(await collectionIdsContaining(actorFor(actor).userId as string, own.assetId)).toEqual([
          ids.collection,
        ]);
        expect(await listCuratableCollectionsForUser(actorFor(actor).userId as string)).toEqual([
          expect.objectContaining({
            id: ids.collection,
            owned: false,
            teamName: "Matrix team",
            itemCount: 2,
          }),
        ]);
        const out = await gallery.removeFromCollectionAction({
          collectionId: ids.collection,
          ids: [own.assetId],
        });
        expect(out).toMatchObject({ ok: true, data: { removed: 1 } });
        expect(await inCollection()).toEqual([ids.asset]);
      } else {
        expect(res).toMatchObject({ ok: false, error: { code: "not_found" } });
        expect(await snapshot()).toBe(before);
        const { listCuratableCollectionsForUser } = await import("@/lib/dal/collections");
        expect(await listCuratableCollectionsForUser(actorFor(actor).userId as string)).toEqual([]);
      }
      await stack.lib.db.task.delete({ where: { id: own.taskId } });
    },
  );

  it("a team editor takes the owner's result out of the shared collection, reorders, but cannot rename it", async () => {
    signInAs("team editor");
    const gallery = await import("@/app/(studio)/gallery/actions");
    const before = await snapshot();
    expect(
      await gallery.renameCollectionAction({ collectionId: ids.collection, name: "Editor's now" }),
    ).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await snapshot()).toBe(before);
    const own = await ownResult("team editor");
    expect(
      await gallery.addToCollectionAction({ collectionId: ids.collection, ids: [own.assetId] }),
    ).toMatchObject({ ok: true });
    expect(
      await gallery.moveInCollectionAction({
        collectionId: ids.collection,
        assetId: own.assetId,
        before: ids.asset,
      }),
    ).toMatchObject({ ok: true });
    expect(await inCollection()).toEqual([own.assetId, ids.asset]);
    expect(
      await gallery.removeFromCollectionAction({ collectionId: ids.collection, ids: [ids.asset] }),
    ).toMatchObject({
      ok: true,
      data: { removed: 1 },
    });
    expect(await inCollection()).toEqual([own.assetId]);
    // Put the fixture back as the owner had it.
    await stack.lib.db.task.delete({ where: { id: own.taskId } });
    signInAs("owner");
    expect(
      await gallery.addToCollectionAction({ collectionId: ids.collection, ids: [ids.asset] }),
    ).toMatchObject({ ok: true });
    expect(await inCollection()).toEqual([ids.asset]);
  });

  it("the live link stops opening anything once the owner revokes it", async () => {
    signInAs("owner");
    const { createShareLinkAction, revokeShareLinkAction } = await import("@/lib/shares/actions");
    const created = await createShareLinkAction({ assetId: ids.asset, expiresIn: "never" });
    if (!created.ok) throw new Error(created.error.message);
    const token = created.path.split("/").pop() as string;
    expect(
      await access.authorizeAsset({ userId: null, shareToken: token }, ids.asset, "download"),
    ).not.toBeNull();
    expect(await revokeShareLinkAction({ linkId: created.link.id })).toMatchObject({ ok: true });
    expect(
      await access.authorizeAsset({ userId: null, shareToken: token }, ids.asset, "download"),
    ).toBeNull();
  });
});
