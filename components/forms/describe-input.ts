import { getOperation } from "@/lib/ops/registry";
import { describeFields, type FieldSpec, isVisible } from "./field-spec";

export type InputEntry = { name: string; label: string; value: string };

const TEXT_KEYS = ["prompt", "title", "text", "description", "style"];

/** The words a person would recognise a task by: its prompt, else its title or other text. */
export function promptOf(input: Record<string, unknown> | null | undefined): string | null {
  if (!input) return null;
  for (const key of TEXT_KEYS) {
    const v = input[key];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return null;
}

function formatValue(field: FieldSpec | undefined, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const option = field?.options.find((o) => o.value === value);
  if (option) return option.label;
  if (typeof value === "boolean") return value ? "On" : "Off";
  if (typeof value === "number") return String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.length ? value.map(String).join("\n") : null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * A task's input as labelled values, using the op's field labels and option names.
 * Fields that were hidden (showWhen) or left empty are skipped.
 */
export function describeInput(
  operationId: string,
  input: Record<string, unknown>,
  opts: { omit?: string[] } = {},
): InputEntry[] {
  const op = getOperation(operationId);
  const fields = op ? describeFields(op) : [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const names = fields.length ? fields.map((f) => f.name) : Object.keys(input);
  const entries: InputEntry[] = [];
  for (const name of names) {
    if (opts.omit?.includes(name)) continue;
    const field = byName.get(name);
    if (field && !isVisible(field, input)) continue;
    const value = formatValue(field, input[name]);
    if (value !== null) entries.push({ name, label: field?.label ?? name, value });
  }
  return entries;
}

/**
 * A few short chips for a task card: the visible choices of basic fields (first clause of long
 * option labels) and the names of switches that are on.
 */
export function summarizeInput(operationId: string, input: Record<string, unknown>, limit = 4): string[] {
  const op = getOperation(operationId);
  if (!op) return [];
  const chips: string[] = [];
  for (const field of describeFields(op)) {
    if (field.advanced || !isVisible(field, input)) continue;
    const value = input[field.name];
    if (field.widget === "switch") {
      if (value === true) chips.push(field.label);
    } else if (field.options.length) {
      const label = field.options.find((o) => o.value === value)?.label;
      if (label) chips.push(label.split(" · ")[0]);
    }
  }
  return chips.slice(0, limit);
}
