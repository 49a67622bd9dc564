import type { ReactNode } from "react";
import { LowBalanceBanner } from "@/components/admin/low-balance-banner";
import { PlayerProvider } from "@/components/player/player-provider";
import { OperationSwitchesProvider } from "@/components/studio/operation-switches";
import { Sidebar } from "@/components/studio/sidebar";
import { disabledOperationIds } from "@/lib/admin/switches";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/session";
import { signOutAction } from "../(auth)/actions";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const [user, disabled] = await Promise.all([requireUser(), disabledOperationIds()]);
  return (
    <div className="min-h-dvh">
      <Sidebar
        user={{ email: user.email, name: user.name, role: user.role }}
        demo={env.mode === "demo"}
        signOutAction={signOutAction}
      />
      {/* The player wraps every page so its audio keeps playing across navigation. */}
      <PlayerProvider>
        <main className="md:pl-60">
          <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 md:px-10 md:py-10">
            <LowBalanceBanner />
            <OperationSwitchesProvider disabled={[...disabled]}>{children}</OperationSwitchesProvider>
          </div>
        </main>
      </PlayerProvider>
    </div>
  );
}
