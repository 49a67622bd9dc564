import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let db: Stack["lib"]["db"];
let budgets: typeof import("@/lib/budgets/manage");
let teamBudgets: typeof import("@/lib/budgets/teams");
let adminTeams: typeof import("@/lib/admin/teams");
let overview: typeof import("@/lib/admin/overview");
let switches: typeof import("@/lib/admin/switches");

const NANO = "image.market.nano-banana"; // estimate 4 credits; the simulator charges 4 and reports it
const NO_LIMITS = { dailyCredits: null, monthlyCredits: null, exempt: false };

beforeAll(async () => {
  stack = await startStack("team-budgets-admin@example.com");
  ({ db } = stack.lib);
  [budgets, teamBudgets, adminTeams, overview, switches] = await Promise.all([
    import("@/lib/budgets/manage"),
    import("@/lib/budgets/teams"),
    import("@/lib/admin/teams"),
    import("@/lib/admin/overview"),
    import("@/lib/admin/switches"),
  ]);
});

afterAll(async () => {
  await stack?.close();
});

const creates = () => stack.h.sim.stats().requests["POST /api/v1/jobs/createTask"] ?? 0;

async function newUser(email: string) {
  return (await db.user.create({ data: { email, passwordHash: "x" } })).id;
}

/** A team whose owner shares one of their collections into it; the others join as editors. */
async function teamWithCollection(name: string, ownerId: string, editorIds: string[]) {
  const team = await db.team.create({
    data: {
      name,
      members: {
        create: [
          { userId: ownerId, role: "owner" },
          ...editorIds.map((userId) => ({ userId, role: "editor" })),
        ],
      },
    },
  });
  const collection = await db.collection.create({ data: { userId: ownerId, name: `${name} board` } });
  await db.teamShare.create({ data: { teamId: team.id, sharedById: ownerId, collectionId: collection.id } });
  return { teamId: team.id, collectionId: collection.id };
}

const submit = (userId: string, prompt: string, teamCollectionId?: string) =>
  stack.lib.submitTask(userId, { operationId: NANO, input: { prompt }, teamCollectionId });

const teamStanding = (teamId: string) => budgets.budgetStandingFor({ scope: "team", scopeId: teamId });
const userStanding = (userId: string) => budgets.budgetStandingFor({ scope: "user", scopeId: userId });

describe("team budgets", () => {
  let owner: string;
  let ann: string;
  let bob: string;
  let aurora: { teamId: string; collectionId: string };

  beforeAll(async () => {
    owner = await newUser("aurora-owner@example.com");
    ann = await newUser("aurora-ann@example.com");
    bob = await newUser("aurora-bob@example.com");
    aurora = await teamWithCollection("Aurora", owner, [ann, bob]);
    await adminTeams.setTeamBudget(aurora.teamId, { ...NO_LIMITS, monthlyCredits: 10 }, stack.userId);
  });

  it("refuses any member past the team's limit, naming the team, while personal submissions still pass", async () => {
    await submit(owner, "one for the team", aurora.collectionId);
    await submit(ann, "two for the team", aurora.collectionId);
    expect((await teamStanding(aurora.teamId)).month).toMatchObject({ used: 8, left: 2 });
    expect((await userStanding(ann)).month.used).toBe(4);

    const sent = creates();
    const refused = await submit(bob, "three for the team", aurora.collectionId).catch((e) => e);
    expect(refused).toMatchObject({ code: "budget_exceeded", status: 402 });
    expect(refused.message).toMatch(
      /^This would use about 4 credits, but Team Aurora's monthly budget has 2 of 10 credits left\. It resets .* UTC \(in /,
    );
    // The refusal gave back the hold already taken from Bob's own budget, and nothing reached Kie.
    expect((await userStanding(bob)).month.used).toBe(0);
    expect(await db.task.count({ where: { userId: bob } })).toBe(0);
    expect(creates()).toBe(sent);

    // Work not filed into the team counts against the member's own budget only.
    await expect(submit(bob, "just for me")).resolves.toMatchObject({ created: true });
    expect((await userStanding(bob)).month.used).toBe(4);
    expect((await teamStanding(aurora.teamId)).month.used).toBe(8);
  });

  it("the member's own budget still applies to team work, and its refusal says 'your'", async () => {
    const capped = await newUser("aurora-capped@example.com");
    await db.teamMember.create({ data: { teamId: aurora.teamId, userId: capped, role: "editor" } });
    await budgets.setBudget(
      { scope: "user", scopeId: capped },
      { ...NO_LIMITS, dailyCredits: 2 },
      stack.userId,
    );
    const refused = await submit(capped, "over my own limit", aurora.collectionId).catch((e) => e);
    expect(refused.message).toMatch(/but your daily budget has 2 of 2 credits left/);
    expect((await teamStanding(aurora.teamId)).month.used).toBe(8);
  });

  it("members see their team's usage and what is left; the admin overview shows spend by team", async () => {
    const [line] = await teamBudgets.memberTeamBudgets(ann);
    expect(line).toMatchObject({ team: { id: aurora.teamId, name: "Aurora" }, role: "editor" });
    expect(line.standing.month).toMatchObject({ limit: 10, used: 8, left: 2 });

    const o = await overview.adminOverview();
    expect(o.byTeam).toContainEqual({ key: aurora.teamId, label: "Aurora", credits: 8, count: 2 });

    const row = (await adminTeams.listTeamsForAdmin("Auro")).find((t) => t.id === aurora.teamId);
    expect(row).toMatchObject({ name: "Aurora", members: 4, owner: "aurora-owner@example.com" });
    expect(row?.budget.month).toMatchObject({ used: 8, limit: 10 });
  });

  it("a failed team task Kie did not bill gives the credits back to the team and the member", async () => {
    await adminTeams.setTeamBudget(aurora.teamId, { ...NO_LIMITS, monthlyCredits: 100 }, stack.userId);
    const before = (await teamStanding(aurora.teamId)).month.used;
    const { task } = await submit(ann, "this one breaks [sim:fail]", aurora.collectionId);
    expect((await teamStanding(aurora.teamId)).month.used).toBe(before + 4);
    await stack.runToEnd(task.id);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).state).toBe("failed");
    expect((await teamStanding(aurora.teamId)).month.used).toBe(before);
    expect((await userStanding(ann)).month.used).toBe(4);
  });

  it("20 parallel team submissions against a team budget for 5 accept exactly 5", async () => {
    const members = await Promise.all(
      Array.from({ length: 4 }, (_, i) => newUser(`racer-${i}@borealis.test`)),
    );
    const borealis = await teamWithCollection("Borealis", members[0], members.slice(1));
    await adminTeams.setTeamBudget(borealis.teamId, { ...NO_LIMITS, dailyCredits: 20 }, stack.userId);

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        submit(members[i % members.length], `race ${i}`, borealis.collectionId),
      ),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(accepted).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) {
      expect(r.reason).toMatchObject({ code: "budget_exceeded" });
      expect(r.reason.message).toMatch(/Team Borealis's daily budget/);
    }
    expect(await db.task.count({ where: { userId: { in: members } } })).toBe(5);
    expect((await teamStanding(borealis.teamId)).day.used).toBe(20);
    // Every refusal gave back the member's own hold: the members' usage adds up to the accepted five.
    const own = await Promise.all(members.map(async (m) => (await userStanding(m)).day.used));
    expect(own.reduce((a, b) => a + b, 0)).toBe(20);
  });
});

describe("per-team operation switches", () => {
  it("refuse only that team's submissions, with a message naming the team", async () => {
    const owner = await newUser("switch-owner@example.com");
    const cygnus = await teamWithCollection("Cygnus", owner, []);
    const draco = await teamWithCollection("Draco", owner, []);
    await switches.setOperationEnabled(NANO, false, stack.userId, "too pricey for this team", {
      scope: "team",
      teamId: cygnus.teamId,
    });
    // Forms list only globally turned-off operations; the team switch is enforced at submit.
    expect(await switches.enabledOperationIds()).toContain(NANO);
    expect(await switches.isOperationEnabled(NANO, [cygnus.teamId])).toBe(false);

    const sent = creates();
    const refused = await submit(owner, "for Cygnus", cygnus.collectionId).catch((e) => e);
    expect(refused).toMatchObject({ code: "operation_disabled", status: 403 });
    expect(refused.message).toMatch(/turned off for Team Cygnus by an administrator/);
    expect((await userStanding(owner)).day.used).toBe(0);
    expect(creates()).toBe(sent);

    await expect(submit(owner, "for Draco", draco.collectionId)).resolves.toMatchObject({ created: true });
    await expect(submit(owner, "for me")).resolves.toMatchObject({ created: true });

    await switches.setOperationEnabled(NANO, true, stack.userId, undefined, {
      scope: "team",
      teamId: cygnus.teamId,
    });
    await expect(submit(owner, "for Cygnus again", cygnus.collectionId)).resolves.toMatchObject({
      created: true,
    });
  });

  it("a global switch still wins, and switches for a team that does not exist are refused", async () => {
    const owner = await newUser("switch-global@example.com");
    const lyra = await teamWithCollection("Lyra", owner, []);
    await switches.setOperationEnabled(NANO, false, stack.userId);
    const refused = await submit(owner, "while off for all", lyra.collectionId).catch((e) => e);
    expect(refused.message).toMatch(/turned off by an administrator right now/);
    await switches.setOperationEnabled(NANO, true, stack.userId);
    await expect(
      switches.setOperationEnabled(NANO, false, stack.userId, undefined, {
        scope: "team",
        teamId: "no-such-team",
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
