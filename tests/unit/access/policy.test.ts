import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  type AccessFacts,
  isAllowed,
  RESOURCE_KINDS,
  strongestRole,
  teamRights,
} from "@/lib/access/policy";
import { hashUrlToken, isWellFormedUrlToken, newUrlToken } from "@/lib/access/tokens";

const none: AccessFacts = { isOwner: false, teamRole: null, viaShareLink: false };

describe("isAllowed", () => {
  it.each(RESOURCE_KINDS.flatMap((kind) => ACTIONS.map((action) => ({ kind, action }))))(
    "the owner may $action the $kind; nobody else may without a grant",
    ({ kind, action }) => {
      expect(isAllowed(kind, action, { ...none, isOwner: true })).toBe(true);
      expect(isAllowed(kind, action, none)).toBe(false);
    },
  );

  it("team viewers view and download shared assets and collections, and nothing more", () => {
    const viewer = { ...none, teamRole: "viewer" as const };
    expect(ACTIONS.filter((a) => isAllowed("asset", a, viewer))).toEqual(["read", "download"]);
    expect(ACTIONS.filter((a) => isAllowed("collection", a, viewer))).toEqual(["read", "download"]);
    expect(ACTIONS.filter((a) => isAllowed("task", a, viewer))).toEqual([]);
  });

  it("team editors and owners also curate a shared collection, but never delete or re-share it", () => {
    for (const teamRole of ["editor", "owner"] as const) {
      const facts = { ...none, teamRole };
      expect(ACTIONS.filter((a) => isAllowed("collection", a, facts))).toEqual([
        "read",
        "download",
        "update",
      ]);
      expect(ACTIONS.filter((a) => isAllowed("asset", a, facts))).toEqual(["read", "download"]);
    }
  });

  it("a live share link opens the asset or collection read-only and never the task", () => {
    const link = { ...none, viaShareLink: true };
    expect(ACTIONS.filter((a) => isAllowed("asset", a, link))).toEqual(["read", "download"]);
    expect(ACTIONS.filter((a) => isAllowed("collection", a, link))).toEqual(["read", "download"]);
    expect(ACTIONS.filter((a) => isAllowed("task", a, link))).toEqual([]);
  });
});

describe("roles", () => {
  it("strongestRole picks the highest known role and ignores unknown strings", () => {
    expect(strongestRole(["viewer", "editor"])).toBe("editor");
    expect(strongestRole(["viewer", "owner", "editor"])).toBe("owner");
    expect(strongestRole(["admin", "viewer"])).toBe("viewer");
    expect(strongestRole([])).toBeNull();
  });

  it("only owners manage members; owners and editors manage shares; any member views", () => {
    expect(teamRights("owner")).toEqual({ view: true, manageShares: true, manageMembers: true });
    expect(teamRights("editor")).toEqual({ view: true, manageShares: true, manageMembers: false });
    expect(teamRights("viewer")).toEqual({ view: true, manageShares: false, manageMembers: false });
    expect(teamRights(null)).toEqual({ view: false, manageShares: false, manageMembers: false });
  });
});

describe("URL tokens", () => {
  it("are 43 base64url characters, unique, and stored only as a sha256 digest", () => {
    const a = newUrlToken();
    const b = newUrlToken();
    expect(isWellFormedUrlToken(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(hashUrlToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashUrlToken(a)).not.toContain(a);
    expect(isWellFormedUrlToken("short")).toBe(false);
    expect(isWellFormedUrlToken(`${a.slice(0, 42)}!`)).toBe(false);
  });
});
