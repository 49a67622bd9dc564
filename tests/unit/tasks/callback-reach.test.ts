import { describe, expect, it } from "vitest";
import { callbacksReachUs } from "@/lib/tasks/callback-reach";

const live = (appUrl: string, KIE_CALLBACKS: "auto" | "on" | "off" = "auto") =>
  callbacksReachUs({ mode: "live", appUrl, KIE_CALLBACKS });

describe("whether Kie's callbacks can reach the studio", () => {
  it("always in demo mode, where the simulator is local", () => {
    expect(callbacksReachUs({ mode: "demo", appUrl: "http://localhost:3000", KIE_CALLBACKS: "auto" })).toBe(
      true,
    );
  });

  it("for a public name or address", () => {
    expect(live("https://studio.example.com")).toBe(true);
    expect(live("http://203.0.113.9:3000")).toBe(false); // documentation range: not routable
    expect(live("http://8.8.8.8")).toBe(true);
  });

  it.each([
    "http://localhost:3000",
    "http://studio.localhost",
    "http://nas.local",
    "http://127.0.0.1:3000",
    "http://10.0.0.5",
    "http://192.168.1.20",
    "http://172.16.0.1",
    "http://[::1]:3000",
    "http://[fd00::1]",
    "http://[fe80::1]",
    "http://[::ffff:127.0.0.1]",
  ])("not for %s", (url) => {
    expect(live(url)).toBe(false);
  });

  it("as configured when KIE_CALLBACKS says so", () => {
    expect(live("http://10.0.0.5", "on")).toBe(true);
    expect(live("https://studio.example.com", "off")).toBe(false);
  });
});
