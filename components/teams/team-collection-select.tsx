"use client";

import { useEffect, useState } from "react";
import { teamCollectionOptionsAction } from "@/app/(studio)/teams/actions";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { TeamCollectionOption } from "@/lib/teams/shares";

/**
 * "Generate into a team collection": offered only when the caller can edit a collection shared
 * into one of their teams; otherwise it renders nothing.
 */
export function TeamCollectionSelect({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (collectionId: string) => void;
  disabled?: boolean;
}) {
  const [options, setOptions] = useState<TeamCollectionOption[]>([]);
  useEffect(() => {
    let live = true;
    teamCollectionOptionsAction().then((res) => {
      if (live && res.ok) setOptions(res.options);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!options.length) return null;
  return (
    <Field label="Add results to a team collection" optional>
      <Select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        <option value="">None — keep them in my gallery only</option>
        {options.map((o) => (
          <option key={o.collectionId} value={o.collectionId}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
