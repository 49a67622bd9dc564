import { z } from "zod";
import type { AnyOperation, AssetKind, FieldMeta, FieldWidget } from "@/lib/ops/types";

type Json = Record<string, unknown>;
export type Primitive = string | number | boolean;
export type FormValues = Record<string, unknown>;

/** `value: undefined` is the "let the model decide" choice of an optional field. */
export type FieldOption = { key: string; value: Primitive | undefined; label: string };

/** Everything the form needs to draw and normalize one input field, read from the op's JSON Schema. */
export type FieldSpec = {
  name: string;
  label: string;
  help?: string;
  placeholder?: string;
  group?: string;
  advanced: boolean;
  rows?: number;
  widget: FieldWidget;
  valueType: "string" | "number" | "integer" | "boolean" | "array" | "unknown";
  /** May be left out entirely (not required and no default). */
  optional: boolean;
  defaultValue: unknown;
  options: FieldOption[];
  min?: number;
  max?: number;
  step?: number;
  maxLength?: number;
  maxItems?: number;
  showWhen?: FieldMeta["showWhen"];
  /** The media kind a media-url(s) field takes: drives the picker (my results · upload · URL). */
  media?: AssetKind;
  /** Holds the Kie task id of an earlier result: filled from a chosen source, never typed. */
  ref?: FieldMeta["ref"];
};

export const UNSET_KEY = "__unset";

const MEDIA_KINDS: readonly AssetKind[] = ["image", "audio", "video", "text", "midi"];

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown): v is Primitive => ["string", "number", "boolean"].includes(typeof v);
const num = (v: unknown) => (typeof v === "number" ? v : undefined);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** A nullable field arrives as anyOf [T, null]: keep T and the outer metadata. */
function unwrapNullable(p: Json): Json {
  const alts = p.anyOf;
  if (!Array.isArray(alts)) return p;
  const rest = alts.filter((a) => isObj(a) && a.type !== "null");
  if (rest.length === 1 && isObj(rest[0]) && !("const" in rest[0]))
    return { ...rest[0], ...p, anyOf: undefined };
  return p;
}

function optionValues(p: Json): Primitive[] | null {
  if (Array.isArray(p.enum)) return p.enum.filter(isPrimitive);
  if ("const" in p && isPrimitive(p.const)) return [p.const];
  const alts = p.anyOf ?? p.oneOf;
  if (Array.isArray(alts) && alts.length > 0 && alts.every((a) => isObj(a) && optionValues(a))) {
    return alts.flatMap((a) => (isObj(a) ? (optionValues(a) ?? []) : []));
  }
  if (p.type === "boolean") return [false, true];
  return null;
}

function valueTypeOf(p: Json, values: Primitive[] | null): FieldSpec["valueType"] {
  const t = p.type;
  if (t === "string" || t === "number" || t === "integer" || t === "boolean" || t === "array") return t;
  if (values?.length) {
    const first = typeof values[0];
    if (first === "string" || first === "number" || first === "boolean") return first;
  }
  return "unknown";
}

function inferWidget(p: Json, type: FieldSpec["valueType"], values: Primitive[] | null): FieldWidget {
  if (type === "boolean") return "switch";
  if (values) return values.length <= 4 ? "segmented" : "select";
  if (type === "number" || type === "integer")
    return num(p.minimum) !== undefined && num(p.maximum) !== undefined ? "slider" : "number";
  if (type === "array") return "media-urls";
  return (num(p.maxLength) ?? 0) > 300 ? "textarea" : "text";
}

/** Long free text gets room to breathe; medium text (a style, a caption) two lines. */
function defaultRows(p: Json): number {
  return (num(p.maxLength) ?? 0) >= 2000 ? 4 : 2;
}

function stepFor(p: Json, type: FieldSpec["valueType"]): number {
  const multiple = num(p.multipleOf);
  if (multiple) return multiple;
  if (type === "integer") return 1;
  const range = (num(p.maximum) ?? 100) - (num(p.minimum) ?? 0);
  return range <= 1 ? 0.01 : range <= 10 ? 0.1 : 1;
}

function humanize(value: Primitive): string {
  if (typeof value === "boolean") return value ? "On" : "Off";
  return String(value).replaceAll("_", " ");
}

function describeProperty(name: string, raw: Json, required: boolean): FieldSpec {
  const p = unwrapNullable(raw);
  const values = optionValues(p);
  const valueType = valueTypeOf(p, values);
  const widget = (str(p.widget) as FieldWidget | undefined) ?? inferWidget(p, valueType, values);
  const labels = isObj(p.optionLabels) ? p.optionLabels : {};
  const optional = !required && p.default === undefined;
  const options: FieldOption[] = (values ?? []).map((value) => ({
    key: String(value),
    value,
    label: str(labels[String(value)]) ?? humanize(value),
  }));
  if (optional && values && valueType !== "boolean")
    options.unshift({ key: UNSET_KEY, value: undefined, label: "Auto" });
  const items = isObj(p.items) ? p.items : {};
  return {
    name,
    label: str(p.label) ?? humanize(name),
    help: str(p.help),
    placeholder: str(p.placeholder),
    group: str(p.group),
    advanced: p.advanced === true,
    rows: num(p.rows) ?? (widget === "textarea" ? defaultRows(p) : undefined),
    widget,
    valueType,
    optional,
    defaultValue: p.default,
    options,
    min: num(p.minimum),
    max: num(p.maximum),
    step: valueType === "number" || valueType === "integer" ? stepFor(p, valueType) : undefined,
    maxLength: num(p.maxLength) ?? num(items.maxLength),
    maxItems: num(p.maxItems),
    showWhen: isObj(p.showWhen) ? (p.showWhen as FieldMeta["showWhen"]) : undefined,
    media: MEDIA_KINDS.find((k) => k === p.media),
    ref: p.ref === "kie-task" ? "kie-task" : undefined,
  };
}

const cache = new WeakMap<AnyOperation, FieldSpec[]>();

/** The op's input fields in schema order. Cached: the schema of an op never changes. */
export function describeFields(op: AnyOperation): FieldSpec[] {
  const hit = cache.get(op);
  if (hit) return hit;
  const schema = z.toJSONSchema(op.input, { io: "input", unrepresentable: "any" }) as Json;
  const props = isObj(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const fields = Object.entries(props).flatMap(([name, p]) =>
    isObj(p) ? [describeProperty(name, p, required.has(name))] : [],
  );
  cache.set(op, fields);
  return fields;
}

export function isVisible(field: FieldSpec, values: FormValues): boolean {
  if (!field.showWhen) return true;
  return field.showWhen.in.includes(values[field.showWhen.field] as Primitive);
}

export function defaultValues(fields: FieldSpec[]): FormValues {
  return Object.fromEntries(
    fields.map((f) => {
      if (Array.isArray(f.defaultValue)) return [f.name, [...f.defaultValue]];
      if (f.defaultValue !== undefined) return [f.name, f.defaultValue];
      if (f.valueType === "array") return [f.name, []];
      if (f.valueType === "string" && f.options.length === 0) return [f.name, ""];
      return [f.name, undefined];
    }),
  );
}

const isBlank = (v: unknown) => typeof v === "string" && v.trim() === "";

/**
 * What the form sends: hidden fields are left out (so the schema's default applies), blank
 * optional text means "not set", and empty rows of a URL list are dropped.
 */
export function toInput(fields: FieldSpec[], values: FormValues): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    if (!isVisible(f, values)) continue;
    let v = values[f.name];
    if (Array.isArray(v))
      v = v.filter((item) => !isBlank(item)).map((item) => (typeof item === "string" ? item.trim() : item));
    if (v === undefined || (typeof v === "number" && Number.isNaN(v))) continue;
    if (f.optional && isBlank(v)) continue;
    out[f.name] = v;
  }
  return out;
}

/** Consecutive-by-first-appearance sections, so a group's fields stay together in schema order. */
export function groupFields(fields: FieldSpec[]): { group: string | undefined; fields: FieldSpec[] }[] {
  const sections = new Map<string, { group: string | undefined; fields: FieldSpec[] }>();
  for (const f of fields) {
    const key = f.group ?? "";
    const section = sections.get(key) ?? { group: f.group, fields: [] };
    section.fields.push(f);
    sections.set(key, section);
  }
  return [...sections.values()];
}
