/**
 * The example input with a source's pre-fill applied. A pre-filled list can be shorter than the
 * operation needs (a mashup takes two tracks, the source is one): it is completed with the same
 * result again, as a user would add another of their own results (the example's URLs are not
 * fetchable by the simulator).
 */
export function exampleWithPrefill(
  example: Record<string, unknown>,
  prefill: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...example, ...prefill };
  for (const [key, value] of Object.entries(prefill)) {
    const given = example[key];
    if (Array.isArray(value) && Array.isArray(given) && value.length < given.length)
      out[key] = given.map((_, i) => value[i % value.length]);
  }
  return out;
}
