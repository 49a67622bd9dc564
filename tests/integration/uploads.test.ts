import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Harness } from "../support/harness";
import { type Stack, startStack } from "../support/stack";

// Auth.js cannot load outside Next; with no session cookie the real lib/session judges the bearer token.
vi.mock("@/lib/auth", () => ({ auth: async () => null }));

let stack: Stack;
let h: Harness;
let userId: string;
let token: string;
let png: Buffer;
let uploadToKie: typeof import("@/lib/uploads/kie-upload").uploadToKie;
let POST: typeof import("@/app/api/v1/uploads/route").POST;

const UPLOADS = "POST /upload/api/file-stream-upload";
const uploadsSeen = () => h.sim.stats().requests[UPLOADS] ?? 0;

const blobOf = (parts: Buffer[], type?: string) =>
  new Blob(
    parts.map((p) => new Uint8Array(p)),
    { type },
  );

function multipart(file: Blob, name: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", file, name);
  return form;
}

function uploadRequest(form: FormData, opts: { kind?: string; token?: string } = {}): Request {
  const url = new URL("http://studio.test/api/v1/uploads");
  if (opts.kind) url.searchParams.set("kind", opts.kind);
  return new Request(url, {
    method: "POST",
    body: form,
    headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
  });
}

beforeAll(async () => {
  stack = await startStack("uploads@example.com");
  ({ h, userId } = stack);
  ({ uploadToKie } = await import("@/lib/uploads/kie-upload"));
  ({ POST } = await import("@/app/api/v1/uploads/route"));
  const { createPersonalAccessToken } = await import("@/lib/people/tokens");
  token = (await createPersonalAccessToken(userId, "uploads test")).token;
  png = await sharp({ create: { width: 32, height: 24, channels: 3, background: "#e4572e" } })
    .png()
    .toBuffer();
});

afterAll(async () => {
  await stack?.close();
});

describe("uploads through Kie's File Upload API (simulator)", () => {
  it("streams a real PNG to Kie and answers the downloadUrl, which serves the same bytes", async () => {
    const before = uploadsSeen();
    const done = await uploadToKie(uploadRequest(multipart(blobOf([png]), "red.png")), userId, "image");
    expect(done).toMatchObject({ mime: "image/png", kind: "image", bytes: png.length, fileName: "red.png" });
    expect(done.url.startsWith(`${h.simUrl}/media/`)).toBe(true);
    expect(uploadsSeen()).toBe(before + 1);
    const served = Buffer.from(await (await fetch(done.url)).arrayBuffer());
    expect(served.equals(png)).toBe(true);
  });

  it("the route accepts a personal access token and answers url, mime, bytes, kind and fileName", async () => {
    const before = uploadsSeen();
    const res = await POST(
      uploadRequest(
        multipart(blobOf([png], "image/png"), "C:\\photos\\cat.png", { size: String(png.length) }),
        {
          kind: "image",
          token,
        },
      ),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ mime: "image/png", kind: "image", bytes: png.length, fileName: "cat.png" });
    expect(uploadsSeen()).toBe(before + 1);
    const served = Buffer.from(await (await fetch(String(body.url))).arrayBuffer());
    expect(served.equals(png)).toBe(true);
  });

  it("without a session or token the route answers 401 and sends nothing", async () => {
    const before = uploadsSeen();
    const res = await POST(
      uploadRequest(multipart(blobOf([png]), "a.png"), { token: "kst_not-a-real-token" }),
    );
    expect(res.status).toBe(401);
    expect(uploadsSeen()).toBe(before);
  });

  it("a bogus file (text named .png) is refused by its bytes and never reaches Kie", async () => {
    const before = uploadsSeen();
    const bogus = new Blob(["this is plainly not a picture, whatever the name says"], { type: "image/png" });
    const res = await POST(uploadRequest(multipart(bogus, "fake.png"), { kind: "image", token }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("That is not an image");
    expect(uploadsSeen()).toBe(before);
  });

  it("a real file of the wrong kind is refused: a PNG is not audio", async () => {
    const before = uploadsSeen();
    const res = await POST(uploadRequest(multipart(blobOf([png]), "song.mp3"), { kind: "audio", token }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "That is not an audio file",
    );
    expect(uploadsSeen()).toBe(before);
  });

  it("an over-cap declared size is refused before a byte is read and never reaches Kie", async () => {
    const before = uploadsSeen();
    const res = await POST(
      uploadRequest(multipart(blobOf([png]), "huge.png", { size: String(31e6) }), { kind: "image", token }),
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "That file is 31 MB; images can be at most 25 MB",
    );
    expect(uploadsSeen()).toBe(before);
  });

  it("an over-cap body is refused from its Content-Length and never reaches Kie", async () => {
    const before = uploadsSeen();
    const big = Buffer.alloc(26_000_000);
    png.copy(big);
    const res = await POST(uploadRequest(multipart(blobOf([big]), "big.png"), { kind: "image", token }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /^That file is 2\d MB; images can be at most 25 MB$/,
    );
    expect(uploadsSeen()).toBe(before);
  });

  it("a body that lies about its size is cut off while streaming", async () => {
    const res = await POST(
      uploadRequest(multipart(blobOf([png, Buffer.alloc(4096)]), "liar.png", { size: "100" }), {
        kind: "image",
        token,
      }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "The file is larger than its declared size",
    );
  });
});

describe("sources and the picker's asset list", () => {
  it("a result of mine is a source with its view; another user's answers 404; the list filters by operation", async () => {
    const { GET: getSource } = await import("@/app/api/v1/sources/[assetId]/route");
    const { GET: listAssets } = await import("@/app/api/v1/assets/route");
    const { createPersonalAccessToken } = await import("@/lib/people/tokens");
    const { task } = await stack.lib.submitTask(userId, {
      operationId: "image.market.nano-banana",
      input: { prompt: "a kite over the dunes" },
    });
    const view = await stack.runToEnd(task.id);
    const assetId = view!.outputs[0].assetId;

    const call = (id: string, bearer: string) =>
      getSource(
        new Request(`http://studio.test/api/v1/sources/${id}`, {
          headers: { authorization: `Bearer ${bearer}` },
        }),
        {
          params: Promise.resolve({ assetId: id }),
        },
      );
    const res = await call(assetId, token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ref: Record<string, unknown>; asset: Record<string, unknown> };
    expect(body.ref).toMatchObject({
      assetId,
      kind: "image",
      operationId: "image.market.nano-banana",
      ref: `studio://asset/${assetId}`,
      taskInput: { prompt: "a kite over the dunes" },
    });
    expect(typeof body.ref.kieTaskId).toBe("string");
    expect(body.asset).toMatchObject({ assetId, kind: "image", url: `/api/assets/${assetId}` });
    expect(JSON.stringify(body)).not.toContain(h.simUrl);

    const other = await stack.lib.db.user.create({ data: { email: "other@example.com", passwordHash: "x" } });
    const otherToken = (await createPersonalAccessToken(other.id, "other")).token;
    expect((await call(assetId, otherToken)).status).toBe(404);
    expect((await call("nonexistent00", token)).status).toBe(404);

    const list = async (query: string) => {
      const r = await listAssets(
        new Request(`http://studio.test/api/v1/assets?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
      return ((await r.json()) as { items: { assetId: string }[] }).items.map((i) => i.assetId);
    };
    expect(await list("kind=image&operations=image.market.nano-banana,music.generate")).toContain(assetId);
    expect(await list("kind=image&operations=music.generate")).not.toContain(assetId);
    expect(await list("kind=audio")).not.toContain(assetId);
  });
});
