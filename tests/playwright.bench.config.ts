import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import base from "./playwright.config";

// The phone benchmark (`make bench`): the release app and server, and a
// made-up team of 8 advisers × 25 young people with three years of history.
const port = Number(process.env.PATHWAY_BENCH_PORT ?? 8098);
const targetDir = process.env.CARGO_TARGET_DIR ?? resolve(__dirname, "..", "target");
const server = join(targetDir, "server", "pathway-server");
const dataDir = mkdtempSync(join(tmpdir(), "pathway-bench-"));

export default defineConfig({
  ...base,
  testDir: "./bench",
  testMatch: "*.bench.ts",
  timeout: 600_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command:
      `"${server}" --data-dir "${dataDir}" generate-team && ` +
      `"${server}" --addr 127.0.0.1:${port} --data-dir "${dataDir}" --dist-dir "${resolve(__dirname, "..", "dist")}"`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
