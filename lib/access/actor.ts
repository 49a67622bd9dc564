/** Who is asking: a signed-in user, or nobody — possibly holding a public share link's token. */
export type Actor = { userId: string | null; shareToken?: string | null };

export const userActor = (userId: string): Actor => ({ userId });
export const linkActor = (shareToken: string): Actor => ({ userId: null, shareToken });
export const nobody: Actor = { userId: null };

/** Ids we issue are cuids; anything else is not found without touching the database. */
export const isWellFormedId = (id: unknown): id is string =>
  typeof id === "string" && /^[a-z0-9]{10,40}$/i.test(id);
