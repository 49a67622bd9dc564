import "server-only";
import { db } from "@/lib/db";

/**
 * Collections shared into a team where the caller is owner or editor, oldest share first, each
 * with the name of the first team that shared it: the ones the caller may add to and take from.
 */
export async function teamCuratedCollections(userId: string): Promise<Map<string, string>> {
  const shares = await db.teamShare.findMany({
    where: {
      collectionId: { not: null },
      team: { members: { some: { userId, role: { in: ["owner", "editor"] } } } },
    },
    select: { collectionId: true, team: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const teamById = new Map<string, string>();
  for (const s of shares)
    if (s.collectionId && !teamById.has(s.collectionId)) teamById.set(s.collectionId, s.team.name);
  return teamById;
}
