import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (Playwright's own download is blocked on these machines); override with CHROMIUM_PATH.
const chromium =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3107);
const dataDir = "test-results/e2e-data";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--autoplay-policy=no-user-gesture-required",
      ],
    },
  },
  // The newcomer's story runs first, on an empty studio; every other spec builds on a used one.
  projects: [
    {
      name: "newcomer",
      testMatch: /newcomer\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "chromium",
      testIgnore: /newcomer\.spec\.ts/,
      dependencies: ["newcomer"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    // Each run starts from an empty studio: a fresh SQLite file and storage folder.
    command: `node -e "require('fs').rmSync('${dataDir}',{recursive:true,force:true})" && npm start`,
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      KIE_SIM_TIME_SCALE: "0.15",
      POLL_BASE_MS: "700",
      RECONCILE_INTERVAL_MS: "300",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
