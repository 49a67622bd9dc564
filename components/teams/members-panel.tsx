"use client";

import {
  changeMemberRoleAction,
  leaveTeamAction,
  removeMemberAction,
  transferOwnershipAction,
} from "@/app/(studio)/teams/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import type { TeamRole } from "@/lib/access/policy";
import type { MemberView } from "@/lib/teams/teams";
import { useTeamAction } from "./use-team-action";

const ROLE_TONE = { owner: "brand", editor: "info", viewer: "neutral" } as const;

export function MembersPanel({
  teamId,
  members,
  myRole,
  myUserId,
}: {
  teamId: string;
  members: MemberView[];
  myRole: TeamRole;
  myUserId: string;
}) {
  const { pending, run } = useTeamAction();
  const isOwner = myRole === "owner";
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between pb-3">
        <CardTitle>Members</CardTitle>
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() => {
            if (window.confirm("Leave this team? Your shares leave with you."))
              run(() => leaveTeamAction({ teamId }));
          }}
        >
          Leave team
        </Button>
      </CardHeader>
      <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {members.map((m) => (
          <li
            key={m.userId}
            className="flex flex-wrap items-center gap-3 px-5 py-3 text-sm"
            data-testid="team-member"
          >
            <div className="flex min-w-0 flex-1 flex-col">
              <span className="truncate font-medium text-zinc-900 dark:text-zinc-100">
                {m.name || m.email}
                {m.userId === myUserId ? " (you)" : ""}
              </span>
              <span className="truncate text-xs text-zinc-500">{m.email}</span>
            </div>
            <Badge tone={ROLE_TONE[m.role]}>{m.role}</Badge>
            {isOwner && m.role !== "owner" ? (
              <div className="flex gap-1">
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() =>
                    run(() =>
                      changeMemberRoleAction({
                        teamId,
                        userId: m.userId,
                        role: m.role === "editor" ? "viewer" : "editor",
                      }),
                    )
                  }
                >
                  Make {m.role === "editor" ? "viewer" : "editor"}
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => {
                    if (window.confirm(`Make ${m.email} the owner? You become an editor.`))
                      run(() => transferOwnershipAction({ teamId, userId: m.userId }));
                  }}
                >
                  Make owner
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => {
                    if (window.confirm(`Remove ${m.email} from the team?`))
                      run(() => removeMemberAction({ teamId, userId: m.userId }));
                  }}
                >
                  Remove
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
