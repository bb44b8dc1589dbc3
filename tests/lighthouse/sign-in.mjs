// Lighthouse's mobile performance audit of the sign-in screen on a first
// visit (its default: a mid-range phone on slow 4G, storage cleared), in
// Debian's Chromium against the release app and server (`make bench`).
// Three runs; each figure is their median. Printed, not asserted.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const RUNS = 3;
const root = resolve(import.meta.dirname, "..", "..");
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const port = Number(process.env.PATHWAY_LIGHTHOUSE_PORT ?? 8097);
const origin = `http://127.0.0.1:${port}`;

async function serverUp() {
  for (let tries = 0; tries < 200; tries++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server did not answer on ${origin}`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = mkdtempSync(join(tmpdir(), "pathway-lighthouse-"));
const server = spawn(
  join(targetDir, "server", "pathway-server"),
  ["--demo", "--addr", `127.0.0.1:${port}`, "--data-dir", dataDir, "--dist-dir", join(root, "dist")],
  { stdio: "ignore" },
);
const serverFailed = new Promise((_, reject) =>
  server.on("error", (error) => reject(new Error(`starting ${error.path}: ${error.code} (run make bench)`))),
);
let chrome;
try {
  await Promise.race([serverUp(), serverFailed]);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox"],
  });
  const runs = [];
  let version = "";
  for (let run = 0; run < RUNS; run++) {
    const { lhr } = await lighthouse(`${origin}/`, {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
    version = lhr.lighthouseVersion;
    const audit = (id) => lhr.audits[id].numericValue;
    runs.push({
      score: Math.round(lhr.categories.performance.score * 100),
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      bytes: audit("total-byte-weight"),
    });
  }
  const of = (key) => median(runs.map((run) => run[key]));
  console.log(
    [
      "",
      `Lighthouse ${version} mobile, the sign-in screen on a first visit (median of ${RUNS}):`,
      `  performance ${of("score")} (runs: ${runs.map((run) => run.score).join(", ")})`,
      `  first contentful paint ${(of("fcp") / 1000).toFixed(1)} s, largest contentful paint ${(of("lcp") / 1000).toFixed(1)} s`,
      `  total blocking time ${Math.round(of("tbt"))} ms, cumulative layout shift ${of("cls").toFixed(3)}`,
      `  transferred ${(of("bytes") / 1024).toFixed(1)} KB`,
    ].join("\n"),
  );
} finally {
  await chrome?.kill();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
