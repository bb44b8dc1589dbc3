import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The real server, built by `make test`, serving the real built app from
// dist/ with a fresh demo database for every run.
const port = Number(process.env.PATHWAY_TEST_PORT ?? 8099);
const baseURL = `http://127.0.0.1:${port}`;
const targetDir = process.env.CARGO_TARGET_DIR ?? resolve(__dirname, "..", "target");
const server = process.env.PATHWAY_SERVER_BIN ?? join(targetDir, "debug", "pathway-server");
// Made once, in the first process that reads this file; the test workers
// inherit it, so a test can run the server's commands on the same database.
const dataDir = process.env.PATHWAY_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "pathway-e2e-"));
process.env.PATHWAY_E2E_DATA_DIR = dataDir;
process.env.PATHWAY_SERVER_BIN = server;

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The tests share one server and its demo data, and this machine has two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    serviceWorkers: "allow",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `"${server}" --demo --addr 127.0.0.1:${port} --data-dir "${dataDir}" --dist-dir "${resolve(__dirname, "..", "dist")}"`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
