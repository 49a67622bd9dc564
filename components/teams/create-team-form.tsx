"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createTeamAction } from "@/app/(studio)/teams/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useTeamAction } from "./use-team-action";

export function CreateTeamForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const { pending, run } = useTeamAction();
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => createTeamAction({ name }),
          (res) => {
            setName("");
            router.push(`/teams/${res.teamId}`);
          },
        );
      }}
    >
      <Input
        aria-label="Team name"
        placeholder="Team name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={60}
        className="w-64"
      />
      <Button type="submit" loading={pending}>
        {pending ? null : <Plus aria-hidden />}
        Create team
      </Button>
    </form>
  );
}
