import { test, expect, type BrowserContext } from "@playwright/test";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openMyPlan, openSignedIn } from "./helpers";

// An update downloads what changed, not the whole app again: the phone keeps
// each file of the build it has as a dictionary, and the server sends each
// file of the next build compressed against it (`docs/updates.md`). Here a
// young person's phone has the build in dist/, the server is replaced by
// one serving the build after it (`cargo xtask next`), and she opens the
// app again.

const root = resolve(__dirname, "..", "..");
const port = Number(process.env.PATHWAY_TEST_PORT ?? 8099) + 3;
const base = `http://127.0.0.1:${port}`;

async function serve(dist: string, dataDir: string): Promise<ChildProcess> {
  const server = spawn(
    process.env.PATHWAY_SERVER_BIN ?? "pathway-server",
    ["--demo", "--addr", `127.0.0.1:${port}`, "--data-dir", dataDir, "--dist-dir", dist],
    { stdio: "ignore" },
  );
  for (let tries = 0; tries < 100; tries++) {
    const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error(`the server on ${dist} did not start`);
}

async function stop(server: ChildProcess) {
  const exited = new Promise((done) => server.once("exit", done));
  server.kill();
  await exited;
}

type Download = { path: string; encoding: string; size: number };

function downloads(context: BrowserContext) {
  const seen: Promise<Download | null>[] = [];
  context.on("requestfinished", (request) => {
    seen.push(
      (async () => {
        const { responseBodySize } = await request.sizes();
        const response = await request.response();
        if (!response || responseBodySize <= 0) return null;
        const encoding = (await response.allHeaders())["content-encoding"] ?? "";
        return { path: new URL(request.url()).pathname, encoding, size: responseBodySize };
      })(),
    );
  });
  return async () => (await Promise.all(seen)).filter((d): d is Download => d !== null);
}

/** The main module the page in `context` was started with. */
const moduleOf = (html: string) => html.match(/\/pathway-[0-9a-f]{16}_bg\.wasm/)?.[0] ?? "";

test("an update downloads only what changed, and the app opens from it with no signal", async ({ browser }) => {
  test.setTimeout(240_000);
  const next = mkdtempSync(join(tmpdir(), "pathway-next-"));
  execFileSync("cargo", ["xtask", "next", next], { cwd: root, stdio: "ignore" });
  const dist = join(root, "dist");
  const dataDir = mkdtempSync(join(tmpdir(), "pathway-update-"));
  const oldModule = moduleOf(readFileSync(join(dist, "index.html"), "utf8"));
  const newModule = moduleOf(readFileSync(join(next, "index.html"), "utf8"));
  expect(newModule).not.toBe(oldModule);

  let server = await serve(dist, dataDir);
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await openSignedIn(context, "ella");
    expect(moduleOf(await page.content())).toBe(oldModule);

    await stop(server);
    server = await serve(next, dataDir);
    const downloaded = downloads(context);

    // The phone looks for a new build, as the browser does whenever she
    // opens the app: the worker of the new build installs and takes charge,
    // and the next time she opens the app it is the new build.
    await page.evaluate(async () => {
      const changed = new Promise((done) =>
        navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }),
      );
      await (await navigator.serviceWorker.getRegistration())?.update();
      await changed;
    });
    await page.reload();
    expect(moduleOf(await page.content())).toBe(newModule);
    await expect(page.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible();
    await expect(page.locator(".sync-status")).toHaveAttribute("data-screens", "ready", { timeout: 30_000 });

    const all = await downloaded();
    const code = all.filter((d) => /\.(wasm|bin|js)$/.test(d.path) && d.path !== "/sw.js");
    const module = code.filter((d) => d.path === newModule);
    expect(module, "the new main module, downloaded once").toHaveLength(1);
    expect(module[0].encoding).toBe("dcz");
    const alone = statSync(join(next, `${newModule}.br`)).size;
    expect(module[0].size, `against ${alone} bytes on its own`).toBeLessThan(alone / 20);
    const bundles = code.filter((d) => d.path.startsWith("/screens-her-"));
    expect(bundles.length, "her screens' code, kept again for offline").toBeGreaterThan(0);
    for (const file of code) {
      expect(file.encoding, `${file.path} compressed against the build she had`).toBe("dcz");
    }
    expect(code.some((d) => d.path.startsWith("/screens-staff-")), "no staff code on her phone").toBe(false);
    const total = code.reduce((sum, d) => sum + d.size, 0);
    expect(total, "her app's code, updated").toBeLessThan(20_000);

    // What arrived compressed against the old build is whole: the new
    // build opens, and her plan's screen, with no signal.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible();
    await openMyPlan(page);
    await expect(page.getByRole("heading", { level: 1, name: "My plan" })).toBeVisible();
    expect(moduleOf(await page.content())).toBe(newModule);
  } finally {
    await context.close();
    await stop(server);
  }
});
