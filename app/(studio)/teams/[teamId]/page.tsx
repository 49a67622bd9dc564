import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/tasks/page-header";
import { AddToTeam } from "@/components/teams/add-to-team";
import { InvitesPanel } from "@/components/teams/invites-panel";
import { MembersPanel } from "@/components/teams/members-panel";
import { TeamGallery } from "@/components/teams/team-gallery";
import { requireUser } from "@/lib/session";
import { listTeamGallery, shareCandidates } from "@/lib/teams/shares";
import { getTeamForMember } from "@/lib/teams/teams";

export const metadata: Metadata = { title: "Team" };

type TeamPageProps = { params: Promise<{ teamId: string }> };

const ROLE_LINE = {
  owner: "You own this team: you manage members, invites and what is shared.",
  editor: "You are an editor: you can add and remove shared items.",
  viewer: "You are a viewer: you can view and download what is shared.",
};

export default async function TeamPage({ params }: TeamPageProps) {
  const user = await requireUser();
  const { teamId } = await params;
  // A team you are not in is not found, like one that never existed.
  const team = /^[a-z0-9]{10,40}$/i.test(teamId) ? await getTeamForMember(user.id, teamId) : null;
  const gallery = team ? await listTeamGallery(user.id, teamId) : null;
  if (!team || !gallery) notFound();
  const candidates = gallery.canManage ? await shareCandidates(user.id) : null;
  return (
    <>
      <PageHeader title={team.name} description={ROLE_LINE[team.role]} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-label="Shared with the team" className="flex min-w-0 flex-col gap-3">
          <div className="flex items-center justify-between gap-2">
            <h2 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">Shared with the team</h2>
            {candidates ? <AddToTeam teamId={team.id} candidates={candidates} /> : null}
          </div>
          <TeamGallery teamId={team.id} entries={gallery.entries} canManage={gallery.canManage} />
        </section>
        <aside className="flex flex-col gap-4">
          <MembersPanel teamId={team.id} members={team.members} myRole={team.role} myUserId={user.id} />
          {team.role === "owner" ? <InvitesPanel teamId={team.id} invites={team.invites} /> : null}
        </aside>
      </div>
    </>
  );
}
