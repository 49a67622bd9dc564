import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "@/lib/env-schema";

const dataDir = path.join(os.tmpdir(), `kie-env-test-${process.pid}`);

describe("environment", () => {
  it("defaults to demo mode with the simulator as Kie", () => {
    const env = loadEnv({ DATA_DIR: dataDir });
    expect(env.mode).toBe("demo");
    expect(env.kieBaseUrl).toBe("http://127.0.0.1:3000/api/kie-sim");
    expect(env.kieUploadBaseUrl).toBe("http://127.0.0.1:3000/api/kie-sim/upload");
    expect(env.databaseUrl).toBe(`file:${path.join(dataDir, "studio.db")}`);
  });

  it("switches to live mode when a key is present, with Kie's real hosts by default", () => {
    const env = loadEnv({ DATA_DIR: dataDir, KIE_API_KEY: "sk-live-12345678" });
    expect(env.mode).toBe("live");
    expect(env.kieBaseUrl).toBe("https://api.kie.ai");
    expect(env.kieUploadBaseUrl).toBe("https://kieai.redpandaai.co");
  });

  it("keeps both Kie base URLs configurable in live mode", () => {
    const env = loadEnv({
      DATA_DIR: dataDir,
      KIE_API_KEY: "sk-live-12345678",
      KIE_BASE_URL: "http://127.0.0.1:9999/",
      KIE_UPLOAD_BASE_URL: "http://127.0.0.1:9998",
    });
    expect(env.kieBaseUrl).toBe("http://127.0.0.1:9999");
    expect(env.kieUploadBaseUrl).toBe("http://127.0.0.1:9998");
  });

  it("generates AUTH_SECRET once and keeps it", () => {
    const a = loadEnv({ DATA_DIR: dataDir }).authSecret;
    const b = loadEnv({ DATA_DIR: dataDir }).authSecret;
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(b).toBe(a);
  });

  it("names every bad variable in one clear error", () => {
    let err: unknown;
    try {
      loadEnv({ PORT: "abc", KIE_BASE_URL: "not a url", ADMIN_EMAILS: "ok@example.com, nope" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EnvError);
    const message = (err as Error).message;
    expect(message).toContain("PORT");
    expect(message).toContain("KIE_BASE_URL");
    expect(message).toContain("ADMIN_EMAILS");
  });

  it("parses ADMIN_EMAILS into a lowercased list", () => {
    expect(
      loadEnv({ DATA_DIR: dataDir, ADMIN_EMAILS: " Boss@Example.com ,ops@example.com" }).ADMIN_EMAILS,
    ).toEqual(["boss@example.com", "ops@example.com"]);
  });
});
