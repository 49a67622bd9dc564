import type { z } from "zod";
import type { AnyOperation, AssetKind, FieldMeta } from "./types";

type MediaField = { name: string; list: boolean; required: boolean };

/** A field's UI metadata, looking through optional/default wrappers. */
export function fieldMetaOf(schema: z.ZodType): FieldMeta | undefined {
  let cur: z.ZodType | undefined = schema;
  for (let i = 0; cur && i < 4; i++) {
    const m = cur.meta() as FieldMeta | undefined;
    if (m) return m;
    const unwrap: (() => z.ZodType) | undefined = (cur as unknown as { unwrap?: () => z.ZodType }).unwrap;
    cur = typeof unwrap === "function" ? unwrap.call(cur) : undefined;
  }
  return undefined;
}

/** The operation's media fields of one kind, required ones first. */
export function mediaFieldsOf(op: AnyOperation, kind: AssetKind): MediaField[] {
  const fields = Object.entries(op.input.shape).flatMap(([name, schema]) => {
    const m = fieldMetaOf(schema as z.ZodType);
    if (m?.media !== kind || (m.widget !== "media-url" && m.widget !== "media-urls")) return [];
    return [
      {
        name,
        list: m.widget === "media-urls",
        required: !(schema as z.ZodType).safeParse(undefined).success,
      },
    ];
  });
  return fields.sort((a, b) => Number(b.required) - Number(a.required));
}

/**
 * Gives an operation that takes a media input of `kind` a source spec: the chosen result fills its
 * first such field (as a one-item list where the field is a list).
 */
export function withMediaSource<T extends AnyOperation>(op: T, kind: AssetKind, action: string): T {
  const [field] = mediaFieldsOf(op, kind);
  if (!field || op.source) return op;
  return {
    ...op,
    source: {
      kinds: [kind],
      action,
      prefill: (src) => ({ [field.name]: field.list ? [src.ref] : src.ref }),
    },
  };
}
