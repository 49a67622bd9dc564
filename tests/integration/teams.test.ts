import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Stack } from "../support/stack";
import { startStack } from "../support/stack";

let session: { user: { id: string }; sv: number } | null = null;
vi.mock("@/lib/auth", () => ({ auth: async () => session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let stack: Stack;
let actions: typeof import("@/app/(studio)/teams/actions");
let invites: typeof import("@/lib/teams/invites");
let teams: typeof import("@/lib/teams/teams");
const users: Record<"owner" | "ann" | "bob", string> = { owner: "", ann: "", bob: "" };
const as = (who: keyof typeof users) => {
  session = { user: { id: users[who] }, sv: 0 };
};

async function newTeam(name: string): Promise<string> {
  as("owner");
  const res = await actions.createTeamAction({ name });
  if (!res.ok) throw new Error(res.error.message);
  return res.teamId;
}

beforeAll(async () => {
  stack = await startStack("owner@teams.test");
  users.owner = stack.userId;
  users.ann = (await stack.lib.db.user.create({ data: { email: "ann@teams.test", passwordHash: "x" } })).id;
  users.bob = (await stack.lib.db.user.create({ data: { email: "bob@teams.test", passwordHash: "x" } })).id;
  actions = await import("@/app/(studio)/teams/actions");
  invites = await import("@/lib/teams/invites");
  teams = await import("@/lib/teams/teams");
});

afterAll(async () => {
  session = null;
  await stack?.close();
});

describe("creating teams", () => {
  it("the creator is the owner; names are validated with clear messages", async () => {
    const teamId = await newTeam("Sound design");
    expect(await teams.listTeamsForUser(users.owner)).toContainEqual(
      expect.objectContaining({ id: teamId, name: "Sound design", role: "owner", members: 1 }),
    );
    const bad = await actions.createTeamAction({ name: "x" });
    expect(bad).toMatchObject({
      ok: false,
      status: 400,
      error: { message: "The team name needs at least 2 characters" },
    });
  });
});

describe("invite links", () => {
  it("store only a hash, let someone join with the link's role, and stop working when revoked", async () => {
    const teamId = await newTeam("Invites");
    const created = await actions.createInviteLinkAction({ teamId, role: "editor", expiresInDays: "7" });
    if (!created.ok) throw new Error(created.error.message);
    const token = created.path.replace("/invite/", "");
    const rows = await stack.lib.db.teamInvite.findMany({ where: { teamId } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);

    expect(await invites.previewInvite(token)).toMatchObject({ teamName: "Invites", role: "editor" });
    await invites.acceptInvite(users.ann, token);
    expect((await teams.getTeamForMember(users.ann, teamId))?.role).toBe("editor");

    as("owner");
    expect(await actions.revokeInviteAction({ teamId, inviteId: rows[0].id })).toMatchObject({ ok: true });
    expect(await invites.previewInvite(token)).toBeNull();
    await expect(invites.acceptInvite(users.bob, token)).rejects.toMatchObject({ code: "invite_dead" });
    expect(await teams.getTeamForMember(users.bob, teamId)).toBeNull();
  });

  it("an expired invite opens nothing; only 1, 7 or 30 days are offered", async () => {
    const teamId = await newTeam("Expiring");
    const created = await actions.createInviteLinkAction({ teamId, role: "viewer", expiresInDays: 1 });
    if (!created.ok) throw new Error(created.error.message);
    await stack.lib.db.teamInvite.updateMany({
      where: { teamId },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await invites.previewInvite(created.path.replace("/invite/", ""))).toBeNull();
    expect(await actions.createInviteLinkAction({ teamId, role: "viewer", expiresInDays: 3 })).toMatchObject({
      ok: false,
      error: { message: "An invite lasts 1, 7 or 30 days" },
    });
  });
});

describe("members", () => {
  it("adds an existing account by email and refuses unknown addresses", async () => {
    const teamId = await newTeam("By email");
    expect(
      await actions.addMemberByEmailAction({ teamId, email: "Bob@Teams.test", role: "viewer" }),
    ).toMatchObject({ ok: true });
    expect((await teams.getTeamForMember(users.bob, teamId))?.role).toBe("viewer");
    expect(
      await actions.addMemberByEmailAction({ teamId, email: "nobody@teams.test", role: "viewer" }),
    ).toMatchObject({
      ok: false,
      error: { code: "no_such_account" },
    });
    expect(
      await actions.addMemberByEmailAction({ teamId, email: "bob@teams.test", role: "editor" }),
    ).toMatchObject({
      ok: false,
      error: { code: "already_member" },
    });
  });

  it("transfers ownership, after which the old owner can leave and the new one cannot until they transfer", async () => {
    const teamId = await newTeam("Handover");
    await actions.addMemberByEmailAction({ teamId, email: "ann@teams.test", role: "viewer" });
    expect(await actions.leaveTeamAction({ teamId })).toMatchObject({
      ok: false,
      error: { code: "owner_must_transfer" },
    });
    expect(await actions.transferOwnershipAction({ teamId, userId: users.ann })).toMatchObject({ ok: true });
    expect((await teams.getTeamForMember(users.owner, teamId))?.role).toBe("editor");
    expect((await teams.getTeamForMember(users.ann, teamId))?.role).toBe("owner");
    // The old owner lost the right to manage members.
    expect(await actions.removeMemberAction({ teamId, userId: users.ann })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await actions.leaveTeamAction({ teamId })).toMatchObject({ ok: true });
    expect(await teams.getTeamForMember(users.owner, teamId)).toBeNull();
    // The last member leaving ends the team.
    as("ann");
    expect(await actions.leaveTeamAction({ teamId })).toMatchObject({ ok: true });
    expect(await stack.lib.db.team.count({ where: { id: teamId } })).toBe(0);
  });
});

describe("the team gallery and generating into a team collection", () => {
  it("shows shared items with who shared them; a removed member's shares leave with them", async () => {
    const teamId = await newTeam("Gallery");
    await actions.addMemberByEmailAction({ teamId, email: "ann@teams.test", role: "editor" });
    await actions.addMemberByEmailAction({ teamId, email: "bob@teams.test", role: "viewer" });

    const { task } = await stack.lib.submitTask(users.ann, {
      operationId: "image.market.nano-banana",
      input: { prompt: "ann's lighthouse", image_size: "1:1" },
    });
    await stack.runToEnd(task.id);
    const asset = await stack.lib.db.asset.findFirstOrThrow({ where: { taskId: task.id } });
    as("ann");
    expect(await actions.shareIntoTeamAction({ teamId, assetId: asset.id })).toMatchObject({ ok: true });

    const { listTeamGallery } = await import("@/lib/teams/shares");
    const seen = await listTeamGallery(users.bob, teamId);
    expect(seen?.canManage).toBe(false);
    expect(seen?.entries).toEqual([
      expect.objectContaining({
        kind: "asset",
        sharedBy: { name: "ann", isMe: false },
        prompt: "ann's lighthouse",
      }),
    ]);
    // A viewer cannot share into the team.
    as("bob");
    expect(await actions.shareIntoTeamAction({ teamId, assetId: asset.id })).toMatchObject({
      ok: false,
      status: 403,
    });

    as("owner");
    await actions.removeMemberAction({ teamId, userId: users.ann });
    expect((await listTeamGallery(users.bob, teamId))?.entries).toEqual([]);
  });

  it("files an editor's new results into the team collection once they are mirrored", async () => {
    const teamId = await newTeam("Board");
    await actions.addMemberByEmailAction({ teamId, email: "ann@teams.test", role: "editor" });
    const collection = await stack.lib.db.collection.create({
      data: { userId: users.owner, name: "Moodboard" },
    });
    expect(await actions.shareIntoTeamAction({ teamId, collectionId: collection.id })).toMatchObject({
      ok: true,
    });

    as("ann");
    const options = await actions.teamCollectionOptionsAction();
    expect(options).toMatchObject({
      ok: true,
      options: [{ collectionId: collection.id, label: "Board · Moodboard" }],
    });

    const { submitTaskAction } = await import("@/app/(studio)/actions");
    const res = await submitTaskAction({
      operationId: "image.market.nano-banana",
      input: { prompt: "for the board", image_size: "1:1" },
      nonce: "teams-board-nonce-1",
      teamCollectionId: collection.id,
    });
    if (!res.ok) throw new Error(res.error.message);
    await stack.runToEnd(res.task.id);
    const items = await stack.lib.db.collectionItem.findMany({
      where: { collectionId: collection.id },
      include: { asset: true },
    });
    expect(items).toHaveLength(1);
    expect(items[0].asset).toMatchObject({ taskId: res.task.id, userId: users.ann, status: "mirrored" });
    expect(await stack.lib.db.taskCollectionTarget.count({ where: { taskId: res.task.id } })).toBe(0);
  });
});
