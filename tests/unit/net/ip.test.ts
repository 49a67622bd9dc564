import { describe, expect, it } from "vitest";
import { blockedReason, isObfuscatedIPv4, isPublicAddress } from "@/lib/net/ip";

describe("blockedReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "documentation"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["2002:c0a8:0101::1", "private"],
    ["2001:db8::1", "documentation"],
    ["not-an-ip", "invalid"],
  ])("refuses %s as %s", (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "100.128.0.1",
    "169.255.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2a00:1450:4001:80b::200e",
  ])("accepts the public address %s", (ip) => {
    expect(blockedReason(ip)).toBeNull();
  });
});

describe("isObfuscatedIPv4", () => {
  it.each([
    "2130706433", // decimal 127.0.0.1
    "0x7f000001", // hex
    "0x7f.0.0.1",
    "0177.0.0.1", // octal
    "017700000001",
    "127.1", // short form
    "127.0.1",
    "0x7F.1",
    "010.0.0.1",
  ])("recognises %s as a disguised IPv4 address", (host) => {
    expect(isObfuscatedIPv4(host)).toBe(true);
  });

  it.each(["127.0.0.1", "8.8.8.8", "tempfile.aiquickdraw.com", "cdn.kie.ai", "[::1]", "1.example"])(
    "leaves %s alone",
    (host) => {
      expect(isObfuscatedIPv4(host)).toBe(false);
    },
  );
});
