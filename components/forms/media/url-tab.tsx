"use client";

import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { checkMediaUrl } from "./media-values";

/** Paste a public link; Kie fetches it when the task runs. */
export function UrlTab({ noun, onAdd }: { noun: string; onAdd: (url: string) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();

  // Not a <form>: the picker sits inside the operation's form, and forms cannot nest.
  function add(event?: FormEvent) {
    event?.preventDefault();
    const problem = checkMediaUrl(text);
    setError(problem);
    if (!problem) onAdd(text.trim());
  }

  return (
    <div className="flex flex-col gap-3">
      <Field
        id={id}
        label={`Link to the ${noun}`}
        help="A public http(s) address Kie can download."
        error={error}
      >
        <Input
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
      </Field>
      <div className="flex justify-end">
        <Button size="sm" onClick={() => add()}>
          Add link
        </Button>
      </div>
    </div>
  );
}
