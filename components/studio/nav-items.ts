import {
  AudioLines,
  Clapperboard,
  Gauge,
  Image,
  LayoutGrid,
  ListChecks,
  type LucideIcon,
  MessagesSquare,
  Music,
  ShieldCheck,
  Users,
} from "lucide-react";

export type NavItem = {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Sidebar section heading; consecutive items with the same group share one heading. */
  group: string;
  /** Shown to admins only (the page itself answers 404 to everyone else). */
  adminOnly?: boolean;
};

/** The studio's sections, in sidebar order. Add a page here and it shows up in the shell. */
export const navItems: readonly NavItem[] = [
  { href: "/music", label: "Music", icon: Music, group: "Create" },
  { href: "/image", label: "Image", icon: Image, group: "Create" },
  { href: "/video", label: "Video", icon: Clapperboard, group: "Create" },
  { href: "/audio", label: "Audio", icon: AudioLines, group: "Create" },
  { href: "/chat", label: "Chat", icon: MessagesSquare, group: "Create" },
  { href: "/tasks", label: "Tasks", icon: ListChecks, group: "Library" },
  { href: "/gallery", label: "Gallery", icon: LayoutGrid, group: "Library" },
  { href: "/teams", label: "Teams", icon: Users, group: "Library" },
  { href: "/usage", label: "Usage", icon: Gauge, group: "Account" },
  { href: "/admin", label: "Admin", icon: ShieldCheck, group: "Account", adminOnly: true },
];

/** The items this person sees. */
export function visibleNavItems(isAdmin: boolean): NavItem[] {
  return navItems.filter((item) => !item.adminOnly || isAdmin);
}

export function isActiveHref(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** Items grouped under their headings, keeping list order. */
export function groupNavItems(items: readonly NavItem[]): { group: string; items: NavItem[] }[] {
  const groups: { group: string; items: NavItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return groups;
}
