import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/session";
import { previewInvite } from "@/lib/teams/invites";
import { AcceptInviteForm } from "./accept-form";

export const metadata: Metadata = { title: "Team invite", robots: { index: false } };
export const dynamic = "force-dynamic";

type InvitePageProps = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  const [invite, user] = await Promise.all([previewInvite(token), getCurrentUser()]);
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <Card className="flex w-full max-w-md flex-col gap-4 p-6">
        {invite ? (
          <>
            <h1 className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
              Join “{invite.teamName}”
            </h1>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              You are invited as {invite.role === "editor" ? "an editor" : "a viewer"}. The invite expires{" "}
              {new Date(invite.expiresAt).toUTCString()}.
            </p>
            {user ? (
              <AcceptInviteForm token={token} />
            ) : (
              <Link
                href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
                className={buttonClasses("primary", "lg")}
              >
                Sign in to join
              </Link>
            )}
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
              This invite does not work
            </h1>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              It may have expired or been revoked. Ask the team owner for a new link.
            </p>
          </>
        )}
      </Card>
    </main>
  );
}
