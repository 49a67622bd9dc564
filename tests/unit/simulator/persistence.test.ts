import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { call, fetchBytes, finishedImage, makeSim, pollUntil } from "./helpers";

const dirs: string[] = [];
const filesIn = (dir: string) => {
  try {
    return readdirSync(dir).filter((f) => !f.startsWith(".")).length;
  } catch {
    return 0;
  }
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("simulator: mediaDir persistence", () => {
  it("keeps tasks, media and the balance across a restart", async () => {
    const mediaDir = mkdtempSync(path.join(tmpdir(), "kie-sim-"));
    dirs.push(mediaDir);
    const first = makeSim({ mediaDir }).sim;
    const { taskId, url } = await finishedImage(first, "persist me");
    const original = await fetchBytes(first, url);
    // The media file is written through asynchronously after the first GET.
    await pollUntil(
      async () => filesIn(path.join(mediaDir, "media")),
      (n) => n > 0,
    );
    first.close();

    const second = makeSim({ mediaDir }).sim;
    const again = await call(second, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`);
    expect(again.json.data).toMatchObject({ taskId, state: "success" });
    const served = await fetchBytes(second, url, { range: "bytes=0-99" });
    expect(served.res.status).toBe(206);
    expect(served.bytes.equals(original.bytes.subarray(0, 100))).toBe(true);
    expect(second.stats().credits).toBe(4996.5);

    second.reset();
    expect((await call(second, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.code).toBe(404);
    second.close();
  });
});
