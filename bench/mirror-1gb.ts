/**
 * Peak RSS and throughput mirroring a 1 GB file through lib/assets' download code (SSRF-checked
 * fetch, size cap, sha256, temporary file and atomic rename) compared with `curl -o` on the same
 * file in the same run. The file is served by a separate Node process that generates the bytes as
 * it streams, so neither side's memory includes the source.
 * Run: npx tsx --conditions=react-server bench/mirror-1gb.ts [megabytes=1000]
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { mib, printHeader, printTable, seconds } from "./lib/report";

const megabytes = Number(process.argv[2] ?? 1000);
const size = megabytes * 1_000_000;

printHeader(
  "mirror-1gb.ts",
  String(megabytes),
  `mirroring one ${megabytes} MB video from a local HTTP server`,
);

// An MP4 `ftyp` box first so the bytes sniff as video, then generated filler in 1 MiB chunks.
const SERVER = `
const http = require("node:http");
const size = ${size};
const head = Buffer.from("000000186674797069736f6d0000020069736f6d69736f32", "hex");
const chunk = Buffer.alloc(1 << 20, 7);
http.createServer((req, res) => {
  res.writeHead(200, { "content-type": "video/mp4", "content-length": size });
  let sent = 0;
  const pump = () => {
    while (sent < size) {
      const piece = sent === 0 ? Buffer.concat([head, chunk]).subarray(0, Math.min(size, chunk.length)) : chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += piece.length;
      if (!res.write(piece)) return res.once("drain", pump);
    }
    res.end();
  };
  pump();
}).listen(0, "127.0.0.1", function () { console.log(this.address().port); });
`;
const server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
const port = await new Promise<number>((resolve) =>
  server.stdout.once("data", (d) => resolve(Number(String(d)))),
);
const url = `http://127.0.0.1:${port}/media/big.mp4`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kie-bench-mirror-"));
// The configured Kie host is the one local address the media policy allows (a proxy or test double).
Object.assign(process.env, {
  DATA_DIR: dataDir,
  KIE_API_KEY: "sk-bench-key-0000",
  KIE_BASE_URL: `http://127.0.0.1:${port}`,
});
const { downloadToStorage } = await import("@/lib/assets/fetch-media");
const { sniff } = await import("@/lib/assets/sniff");

const baseRss = process.memoryUsage.rss();
let peakRss = baseRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);
const t0 = performance.now();
const saved = await downloadToStorage(url, "bench/big.mp4", {
  maxBytes: size,
  inspectHead: (head) => {
    if (sniff(head)?.kind !== "video") throw new Error("the generated file does not sniff as video");
  },
});
const oursMs = performance.now() - t0;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss());

const rows: Array<Array<string | number>> = [
  [
    "lib/assets downloadToStorage",
    mib(peakRss),
    `+${mib(peakRss - baseRss)}`,
    seconds(oursMs),
    `${(saved.bytes / 1e6 / (oursMs / 1000)).toFixed(0)} MB/s`,
  ],
];

const curlTarget = path.join(dataDir, "curl.mp4");
if (spawnSync("curl", ["--version"]).status === 0) {
  const t1 = performance.now();
  const curl = spawn("curl", ["-sS", "-o", curlTarget, url], { stdio: "inherit" });
  // VmHWM is the process's own high-water mark of resident memory; read it until curl exits.
  let curlPeakKb = 0;
  const watch = setInterval(() => {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${curl.pid}/status`, "utf8"));
    if (m) curlPeakKb = Math.max(curlPeakKb, Number(m[1]));
  }, 20);
  await new Promise((resolve) => curl.on("exit", resolve));
  clearInterval(watch);
  const curlMs = performance.now() - t1;
  const curlBytes = fs.statSync(curlTarget).size;
  rows.push([
    "curl -o",
    mib(curlPeakKb * 1024),
    "(whole process)",
    seconds(curlMs),
    `${(curlBytes / 1e6 / (curlMs / 1000)).toFixed(0)} MB/s`,
  ]);
  // curl neither hashes nor checks: add the checksum ours computes on the way, done afterwards.
  const t2 = performance.now();
  const summed = spawnSync("sha256sum", [curlTarget]);
  if (summed.status === 0) {
    const bothMs = curlMs + (performance.now() - t2);
    rows.push([
      "curl -o, then sha256sum",
      "",
      "",
      seconds(bothMs),
      `${(curlBytes / 1e6 / (bothMs / 1000)).toFixed(0)} MB/s`,
    ]);
  }
} else rows.push(["curl -o", "skipped: curl is not installed", "", "", ""]);

printTable(["downloader", "peak RSS", "over start", "time", "throughput"], rows);
console.log(
  `\nour side: ${saved.bytes} bytes, sha256 ${saved.sha256.slice(0, 16)}…; RSS includes Node and the app modules`,
);

server.kill();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
