import { describe, expect, it } from "vitest";
import { InProcessWindow } from "@/lib/kie/rate-limit";

describe("the create window", () => {
  it("counts a slot while its request is in flight, then from when it finished", async () => {
    let now = 0;
    const window = new InProcessWindow(2, 10_000, () => now);
    const a = await window.tryTake();
    const b = await window.tryTake();
    expect(a && b).toBeTruthy();
    expect(await window.tryTake()).toBeNull();

    // A request that takes 30 s still holds its slot: Kie may only see it at the very end.
    now = 30_000;
    expect(await window.tryTake()).toBeNull();
    await a!.done();
    await b!.done();
    expect(await window.tryTake()).toBeNull();

    // Ten seconds after they finished, the slots are free again.
    now = 40_000;
    expect(await window.tryTake()).not.toBeNull();
  });

  it("saturates for a full window after a 429", async () => {
    let now = 0;
    const window = new InProcessWindow(3, 10_000, () => now);
    await window.saturate();
    expect(await window.tryTake()).toBeNull();
    now = 10_001;
    expect(await window.tryTake()).not.toBeNull();
  });

  it("gives a slot back on its own if its request never reports back", async () => {
    let now = 0;
    const window = new InProcessWindow(1, 10_000, () => now);
    expect(await window.tryTake()).not.toBeNull();
    now = 5 * 60_000 + 10_001;
    expect(await window.tryTake()).not.toBeNull();
  });
});
