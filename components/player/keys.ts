export type PlayerKeyAction =
  | { type: "toggle" }
  | { type: "seek-by"; seconds: number }
  | { type: "volume-by"; delta: number }
  | { type: "mute" };

type KeyEventLike = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
};

/** Places where keys belong to what has focus: typing, native controls, dialogs, the video player. */
const OWNS_KEYS =
  'input, textarea, select, button, a[href], [contenteditable=""], [contenteditable="true"], [role="dialog"], [role="slider"], [role="menu"], video, [data-own-keys]';

function targetOwnsKeys(target: EventTarget | null, key: string): boolean {
  const el = target as { closest?: (s: string) => unknown; isContentEditable?: boolean } | null;
  if (!el?.closest) return false;
  if (el.isContentEditable) return true;
  // A focused button or link only claims Space/Enter; letters and arrows still reach the player.
  const owner = el.closest(OWNS_KEYS) as { matches?: (s: string) => boolean } | null;
  if (!owner) return false;
  if (owner.matches?.("button, a[href]")) return key === " ";
  return true;
}

/**
 * The global player's shortcuts: Space/K play-pause, J/L ±10 s, ←/→ ±5 s, ↑/↓ volume, M mute.
 * Nothing while typing or when focus sits on something that uses the key itself.
 */
export function playerKeyAction(e: KeyEventLike): PlayerKeyAction | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return null;
  if (targetOwnsKeys(e.target, e.key)) return null;
  return mediaKeyAction(e.key);
}

/** The shared key map of every player in the studio (the video player adds F for fullscreen). */
export function mediaKeyAction(key: string): PlayerKeyAction | null {
  switch (key) {
    case " ":
    case "k":
    case "K":
      return { type: "toggle" };
    case "j":
    case "J":
      return { type: "seek-by", seconds: -10 };
    case "l":
    case "L":
      return { type: "seek-by", seconds: 10 };
    case "ArrowLeft":
      return { type: "seek-by", seconds: -5 };
    case "ArrowRight":
      return { type: "seek-by", seconds: 5 };
    case "ArrowUp":
      return { type: "volume-by", delta: 0.1 };
    case "ArrowDown":
      return { type: "volume-by", delta: -0.1 };
    case "m":
    case "M":
      return { type: "mute" };
    default:
      return null;
  }
}
