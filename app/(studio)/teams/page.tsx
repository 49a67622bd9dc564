import { Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/tasks/page-header";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/session";
import { listTeamsForUser } from "@/lib/teams/teams";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const user = await requireUser();
  const teams = await listTeamsForUser(user.id);
  return (
    <>
      <PageHeader title="Teams" description="Share results and collections with the people you work with." />
      <div className="flex flex-col gap-6">
        <CreateTeamForm />
        {teams.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {teams.map((t) => (
              <li key={t.id}>
                <Link
                  href={`/teams/${t.id}`}
                  className="flex items-center gap-3 rounded-xl border border-zinc-200/80 bg-white p-4 hover:border-zinc-300 dark:border-zinc-800 dark:bg-zinc-900/70"
                >
                  <Users aria-hidden className="size-5 text-zinc-400" />
                  <div className="flex min-w-0 flex-1 flex-col">
                    <span className="truncate font-medium text-zinc-900 dark:text-zinc-100">{t.name}</span>
                    <span className="text-xs text-zinc-500">
                      {t.members} member{t.members === 1 ? "" : "s"} · {t.shared} shared
                    </span>
                  </div>
                  <Badge>{t.role}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            icon={<Users aria-hidden />}
            title="No teams yet"
            description="Create a team, then invite people by link or email."
          />
        )}
      </div>
    </>
  );
}
