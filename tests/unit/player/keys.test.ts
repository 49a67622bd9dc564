import { describe, expect, it } from "vitest";
import { playerKeyAction } from "@/components/player/keys";

/** A stand-in for a focused element: `closest`/`matches` answer by the selectors it is given. */
function focused(tag: string) {
  const el = {
    isContentEditable: false,
    matches: (sel: string) => sel.split(",").some((s) => s.trim() === tag || s.trim().startsWith(`${tag}[`)),
    closest: (sel: string) => (sel.split(",").some((s) => s.trim().split("[")[0] === tag) ? el : null),
  };
  return el as unknown as EventTarget;
}

const press = (key: string, over: Partial<Parameters<typeof playerKeyAction>[0]> = {}) =>
  playerKeyAction({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    target: focused("body"),
    ...over,
  });

describe("player shortcuts", () => {
  it("maps space/k, j/l, arrows and m", () => {
    expect(press(" ")).toEqual({ type: "toggle" });
    expect(press("k")).toEqual({ type: "toggle" });
    expect(press("j")).toEqual({ type: "seek-by", seconds: -10 });
    expect(press("L")).toEqual({ type: "seek-by", seconds: 10 });
    expect(press("ArrowLeft")).toEqual({ type: "seek-by", seconds: -5 });
    expect(press("ArrowRight")).toEqual({ type: "seek-by", seconds: 5 });
    expect(press("ArrowUp")).toEqual({ type: "volume-by", delta: 0.1 });
    expect(press("m")).toEqual({ type: "mute" });
    expect(press("x")).toBeNull();
  });

  it("stays out of the way while typing or with modifiers", () => {
    expect(press("k", { target: focused("input") })).toBeNull();
    expect(press(" ", { target: focused("textarea") })).toBeNull();
    expect(press("ArrowLeft", { target: focused("video") })).toBeNull();
    expect(press("k", { ctrlKey: true })).toBeNull();
    expect(press("k", { defaultPrevented: true })).toBeNull();
  });

  it("lets a focused button keep Space but still hears letters", () => {
    expect(press(" ", { target: focused("button") })).toBeNull();
    expect(press("k", { target: focused("button") })).toEqual({ type: "toggle" });
  });
});
