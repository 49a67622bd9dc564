import type { RefCallBack } from "react-hook-form";
import type { FieldSpec } from "./field-spec";

/** What every widget gets from the form: one field's spec, value, change/blur handlers and error. */
export type WidgetProps = {
  spec: FieldSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  inputRef: RefCallBack;
  error?: string;
  /** Per-row messages for list fields, indexed like the submitted (blank-free) list. */
  itemErrors?: (string | undefined)[];
  disabled?: boolean;
};
