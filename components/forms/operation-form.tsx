"use client";

import { Sparkles } from "lucide-react";
import { type KeyboardEvent, useEffect, useState } from "react";
import { type Control, useWatch } from "react-hook-form";
import { TeamCollectionSelect } from "@/components/teams/team-collection-select";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { SourceView } from "@/lib/dal/assets";
import type { TaskView } from "@/lib/dal/tasks";
import type { AnyOperation } from "@/lib/ops/types";
import { AdvancedSection } from "./advanced-section";
import { AiAssist } from "./ai-assist";
import { FieldControl } from "./field-control";
import { type FieldSpec, type FormValues, groupFields, isVisible } from "./field-spec";
import { SourceCard } from "./source-card";
import type { SubmitRequest, SubmitTask } from "./submit";
import { useFormSource } from "./use-form-source";
import { useHydrated } from "./use-hydrated";
import { useOperationForm } from "./use-operation-form";

export type OperationFormProps = {
  operation: AnyOperation;
  /** The `submitTaskAction` server action, handed down by the page. */
  submit: SubmitTask;
  onSubmitted?: (task: TaskView) => void;
  /** Overrides for the schema defaults, e.g. a prompt carried over from another model. */
  initialValues?: FormValues;
  onValuesChange?: (values: FormValues) => void;
  /** Title, summary and model badge on top; off when the page already shows them. */
  showHeader?: boolean;
  className?: string;
  /**
   * The earlier result this form starts from (`/music?op=music.stems&from=<assetId>`); pass its
   * prefill as `initialValues` too. Forms whose operation needs a source can also choose one.
   */
  source?: SourceView;
};

/** Packs runs of switches side by side when the form is wide enough; everything else stacks. */
type FieldsProps = { fields: FieldSpec[]; control: Control<FormValues>; disabled: boolean };

function FieldList({ fields, control, disabled }: FieldsProps) {
  const runs: FieldSpec[][] = [];
  for (const f of fields) {
    const last = runs.at(-1);
    if (f.widget === "switch" && last?.[0].widget === "switch") last.push(f);
    else runs.push([f]);
  }
  return runs.map((run) =>
    run.length > 1 ? (
      <div key={run[0].name} className="grid gap-4 @md:grid-cols-2">
        {run.map((f) => (
          <FieldControl key={f.name} spec={f} control={control} disabled={disabled} />
        ))}
      </div>
    ) : (
      <FieldControl key={run[0].name} spec={run[0]} control={control} disabled={disabled} />
    ),
  );
}

function FieldSections({ fields, control, disabled }: FieldsProps) {
  const sections = groupFields(fields);
  return sections.map(({ group, fields: list }) => (
    <section key={group ?? ""} aria-label={group} className="flex flex-col gap-5">
      {group && sections.length > 1 ? (
        <h3 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
          {group}
        </h3>
      ) : null}
      <FieldList fields={list} control={control} disabled={disabled} />
    </section>
  ));
}

/** A form for any registry operation, built from its zod schema and field metadata. */
export function OperationForm({
  operation,
  showHeader = true,
  className,
  source: initialSource,
  ...options
}: OperationFormProps) {
  const [teamCollectionId, setTeamCollectionId] = useState("");
  // The chosen team collection rides along with the request; the server checks the right to add to it.
  const submit: SubmitTask = (request) =>
    options.submit(teamCollectionId ? ({ ...request, teamCollectionId } as SubmitRequest) : request);
  const { form, fields, onSubmit } = useOperationForm({ operation, ...options, submit });
  const { control, formState } = form;
  const hydrated = useHydrated();
  const source = useFormSource(operation, fields, form, initialSource);
  const controllers = [...new Set(fields.flatMap((f) => (f.showWhen ? [f.showWhen.field] : [])))];
  const watched = useWatch({ control, name: controllers });
  const values = Object.fromEntries(controllers.map((name, i) => [name, watched[i]]));
  const visible = fields.filter((f) => !source.hidden.has(f.name) && isVisible(f, values));
  const basic = visible.filter((f) => !f.advanced);
  const advanced = visible.filter((f) => f.advanced);
  const advancedGroups = [...new Set(advanced.flatMap((f) => (f.group ? [f.group] : [])))];

  const [advancedOpen, setAdvancedOpen] = useState(false);
  const advancedHasErrors = advanced.some((f) => formState.errors[f.name]);
  useEffect(() => {
    if (advancedHasErrors) setAdvancedOpen(true);
  }, [advancedHasErrors]);

  function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      onKeyDown={submitOnModEnter}
      aria-label={operation.title}
      className={cn(
        "@container rounded-xl border border-zinc-200/80 bg-white shadow-card dark:border-zinc-800 dark:bg-zinc-900/70 dark:shadow-none",
        className,
      )}
    >
      {showHeader ? (
        <header className="flex items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4 dark:border-zinc-800">
          <div className="flex min-w-0 flex-col gap-0.5">
            <h2 className="text-[15px] font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
              {operation.title}
            </h2>
            <p className="text-[13px] text-zinc-500 dark:text-zinc-400">{operation.summary}</p>
          </div>
          <Badge tone="brand">{operation.model}</Badge>
        </header>
      ) : null}
      <div className="flex flex-col gap-5 px-5 py-5">
        <div className="flex justify-end empty:hidden">
          <AiAssist operation={operation} form={form} />
        </div>
        {source.showCard ? (
          <SourceCard
            operation={operation}
            source={source.source}
            onChange={source.apply}
            errors={source.errors}
            disabled={!hydrated}
          />
        ) : null}
        <FieldSections fields={basic} control={control} disabled={!hydrated} />
        {advanced.length > 0 ? (
          <AdvancedSection
            open={advancedOpen}
            onOpenChange={setAdvancedOpen}
            summary={advancedGroups.join(", ")}
            hasErrors={advancedHasErrors}
          >
            <FieldSections fields={advanced} control={control} disabled={!hydrated} />
          </AdvancedSection>
        ) : null}
        <TeamCollectionSelect value={teamCollectionId} onChange={setTeamCollectionId} disabled={!hydrated} />
      </div>
      <div className="sticky bottom-0 z-10 flex items-center gap-3 rounded-b-xl border-t border-zinc-100 bg-white/90 px-5 py-3 backdrop-blur supports-[backdrop-filter]:bg-white/75 dark:border-zinc-800 dark:bg-zinc-900/90 dark:supports-[backdrop-filter]:bg-zinc-900/75">
        <p className="hidden text-xs text-zinc-400 @sm:block dark:text-zinc-500">
          <kbd className="font-sans">Ctrl</kbd> / <kbd className="font-sans">⌘</kbd> +{" "}
          <kbd className="font-sans">Enter</kbd>
        </p>
        <Button
          type="submit"
          size="lg"
          loading={formState.isSubmitting}
          disabled={!hydrated}
          className="w-full @sm:ml-auto @sm:w-auto @sm:min-w-40"
        >
          {formState.isSubmitting ? null : <Sparkles aria-hidden />}
          Generate
        </Button>
      </div>
    </form>
  );
}
