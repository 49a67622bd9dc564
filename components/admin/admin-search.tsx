import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A plain GET search box for the admin lists (works without JavaScript). */
export function AdminSearch({
  action,
  q,
  label,
  placeholder,
}: {
  action: string;
  q: string;
  label: string;
  placeholder: string;
}) {
  return (
    <form role="search" className="mb-4 flex gap-2" action={action}>
      <Input name="q" defaultValue={q} placeholder={placeholder} aria-label={label} className="max-w-sm" />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}

/** The `?q=` of an admin list: one value, at most 200 characters. */
export function adminQuery(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
}
