/**
 * Who may do what, as one pure table. The facts (ownership, the best team role through which an
 * item is shared with the caller, a valid share link) are gathered in the data layer
 * (`./resolve.ts`); this file only decides, so the rules can be read and tested in one place.
 */

export const ACTIONS = ["read", "download", "update", "delete", "share"] as const;
export type Action = (typeof ACTIONS)[number];

export const RESOURCE_KINDS = ["task", "asset", "collection"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const TEAM_ROLES = ["owner", "editor", "viewer"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export type AccessFacts = {
  /** The caller made the item. */
  isOwner: boolean;
  /** The strongest role the caller holds in a team the item is shared into (directly or via a collection). */
  teamRole: TeamRole | null;
  /** The request carries a live (unexpired, unrevoked) public share link covering the item. */
  viaShareLink: boolean;
};

const VIEW: ReadonlySet<Action> = new Set(["read", "download"]);

const NONE: ReadonlySet<Action> = new Set();

/**
 * Teams see shared results, not the tasks behind them (inputs, lineage, costs stay the maker's).
 * Team owners and editors curate a shared collection's contents; only the item's owner deletes
 * or re-shares it.
 */
const TEAM_GRANTS: Record<TeamRole, Record<ResourceKind, ReadonlySet<Action>>> = {
  owner: { task: NONE, asset: VIEW, collection: new Set(["read", "download", "update"]) },
  editor: { task: NONE, asset: VIEW, collection: new Set(["read", "download", "update"]) },
  viewer: { task: NONE, asset: VIEW, collection: VIEW },
};

/** A share link shows one asset or one collection; the task behind it (inputs, lineage) stays private. */
const LINK_GRANTS: Record<ResourceKind, ReadonlySet<Action>> = {
  task: NONE,
  asset: VIEW,
  collection: VIEW,
};

export function isAllowed(kind: ResourceKind, action: Action, facts: AccessFacts): boolean {
  if (facts.isOwner) return true;
  if (facts.teamRole && TEAM_GRANTS[facts.teamRole][kind].has(action)) return true;
  return facts.viaShareLink && LINK_GRANTS[kind].has(action);
}

const ROLE_RANK: Record<TeamRole, number> = { viewer: 0, editor: 1, owner: 2 };

export function strongestRole(roles: Iterable<string>): TeamRole | null {
  let best: TeamRole | null = null;
  for (const role of roles) {
    if (!isTeamRole(role)) continue;
    if (best === null || ROLE_RANK[role] > ROLE_RANK[best]) best = role;
  }
  return best;
}

export function isTeamRole(role: string): role is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(role);
}

/** Team-level rights (members, invites, the team gallery), separate from rights on items. */
export const teamRights = (role: TeamRole | null) => ({
  view: role !== null,
  manageShares: role === "owner" || role === "editor",
  manageMembers: role === "owner",
});
