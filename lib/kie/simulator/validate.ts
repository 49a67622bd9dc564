import { invalid } from "./envelope";

/**
 * Field readers that throw Kie-style 422 messages naming the field. `label` lets Market models
 * report `input.prompt`-style names while Suno/4o use bare names.
 */
type Source = Record<string, unknown>;

export function optionalString(src: Source, key: string, max?: number, label = key): string | undefined {
  const value = src[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(`${label} must be a string`);
  if (max !== undefined && value.length > max) throw invalid(`${label} cannot exceed ${max} characters`);
  return value;
}

export function requiredString(src: Source, key: string, max?: number, label = key): string {
  const value = optionalString(src, key, max, label);
  if (value === undefined || value.trim() === "") throw invalid(`${label} cannot be blank`);
  return value;
}

export function requiredBoolean(src: Source, key: string, label = key): boolean {
  const value = optionalBoolean(src, key, label);
  if (value === undefined) throw invalid(`${label} cannot be null`);
  return value;
}

export function optionalBoolean(src: Source, key: string, label = key): boolean | undefined {
  const value = src[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw invalid(`${label} must be a boolean`);
  return value;
}

export function optionalEnum<T extends string>(
  src: Source,
  key: string,
  values: readonly T[],
  label = key,
): T | undefined {
  const value = src[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || !values.includes(value as T)) {
    throw invalid(`${label} must be one of: ${values.join(", ")}`);
  }
  return value as T;
}

export function requiredEnum<T extends string>(
  src: Source,
  key: string,
  values: readonly T[],
  label = key,
): T {
  const value = optionalEnum(src, key, values, label);
  if (value === undefined) throw invalid(`${label} cannot be blank`);
  return value;
}

export function optionalNumber(
  src: Source,
  key: string,
  range: { min?: number; max?: number; integer?: boolean },
  label = key,
): number | undefined {
  const value = src[key];
  if (value === undefined || value === null) return undefined;
  const { min, max, integer } = range;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max);
  if (!ok) {
    const bounds = min !== undefined && max !== undefined ? ` between ${min} and ${max}` : "";
    throw invalid(`${label} must be ${integer ? "an integer" : "a number"}${bounds}`);
  }
  return value as number;
}

export function optionalStringArray(
  src: Source,
  key: string,
  maxItems: number,
  label = key,
): string[] | undefined {
  const value = src[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw invalid(`${label} must be an array of strings`);
  }
  if (value.length > maxItems) throw invalid(`${label} supports at most ${maxItems} items`);
  return value as string[];
}
