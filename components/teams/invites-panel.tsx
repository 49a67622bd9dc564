"use client";

import { useState } from "react";
import {
  addMemberByEmailAction,
  createInviteLinkAction,
  revokeInviteAction,
} from "@/app/(studio)/teams/actions";
import { CopyButton } from "@/components/media/copy-button";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { InviteView } from "@/lib/teams/teams";
import { useTeamAction } from "./use-team-action";

type Role = "editor" | "viewer";

export function InvitesPanel({ teamId, invites }: { teamId: string; invites: InviteView[] }) {
  const { pending, run } = useTeamAction();
  const [role, setRole] = useState<Role>("viewer");
  const [days, setDays] = useState("7");
  const [email, setEmail] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Card>
      <CardHeader className="pb-3">
        <CardTitle>Invite people</CardTitle>
        <CardDescription>
          Add an existing account by email, or create a link anyone can use to join until it expires.
        </CardDescription>
      </CardHeader>
      <div className="flex flex-col gap-4 px-5 pb-5">
        <Select
          aria-label="Role for new members"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          <option value="viewer">Viewer — can view and download</option>
          <option value="editor">Editor — can also add and remove shared items</option>
        </Select>
        <form
          className="flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(
              () => addMemberByEmailAction({ teamId, email, role }),
              () => setEmail(""),
            );
          }}
        >
          <Input
            type="email"
            aria-label="Email address"
            placeholder="name@example.com"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className="min-w-56 flex-1"
          />
          <Button type="submit" variant="secondary" disabled={pending}>
            Add by email
          </Button>
        </form>
        <div className="flex flex-wrap items-center gap-2">
          <Select aria-label="Invite expires after" value={days} onChange={(e) => setDays(e.target.value)}>
            <option value="1">Expires in 1 day</option>
            <option value="7">Expires in 7 days</option>
            <option value="30">Expires in 30 days</option>
          </Select>
          <Button
            disabled={pending}
            onClick={() =>
              run(
                () => createInviteLinkAction({ teamId, role, expiresInDays: days }),
                (res) => setCreated(`${window.location.origin}${res.path}`),
              )
            }
          >
            Create invite link
          </Button>
        </div>
        {created ? (
          <div className="flex items-center gap-2 rounded-lg bg-zinc-50 p-2 text-xs dark:bg-zinc-800/60">
            <code className="min-w-0 flex-1 truncate" data-testid="invite-link">
              {created}
            </code>
            <CopyButton text={created} label="Copy invite link" tone="light" />
          </div>
        ) : null}
        {invites.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {invites.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-2">
                <span className="text-zinc-600 dark:text-zinc-400">
                  {i.role} link ·{" "}
                  {i.live ? `expires ${new Date(i.expiresAt).toLocaleDateString()}` : "expired"} · {i.uses}{" "}
                  joined
                </span>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => run(() => revokeInviteAction({ teamId, inviteId: i.id }))}
                >
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
