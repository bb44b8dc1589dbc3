import { test, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
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

// Every server a test started, stopped after it even if it timed out.
const started = new Set<ChildProcess>();
test.afterEach(() => {
  for (const server of started) server.kill();
  started.clear();
});

async function serve(dist: string, dataDir: string): Promise<ChildProcess> {
  const answers = () => fetch(`${base}/healthz`).then((r) => r.ok, () => false);
  if (await answers()) throw new Error(`something already answers on ${base}`);
  const server = spawn(
    process.env.PATHWAY_SERVER_BIN ?? "pathway-server",
    ["--demo", "--addr", `127.0.0.1:${port}`, "--data-dir", dataDir, "--dist-dir", dist],
    { stdio: "ignore" },
  );
  started.add(server);
  for (let tries = 0; tries < 100 && server.exitCode === null; tries++) {
    if (await answers()) return server;
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

type Download = { path: string; search: string; encoding: string; size: number };

function downloads(context: BrowserContext) {
  const seen: Promise<Download | null>[] = [];
  context.on("requestfinished", (request) => {
    seen.push(
      (async () => {
        const { responseBodySize } = await request.sizes();
        const response = await request.response();
        if (!response || responseBodySize <= 0) return null;
        const encoding = (await response.allHeaders())["content-encoding"] ?? "";
        const url = new URL(request.url());
        return { path: url.pathname, search: url.search, encoding, size: responseBodySize };
      })(),
    );
  });
  return async () => (await Promise.all(seen)).filter((d): d is Download => d !== null);
}

/** The main module the page in `context` was started with. */
const moduleOf = (html: string) => html.match(/\/pathway-[0-9a-f]{16}_bg\.wasm/)?.[0] ?? "";

/** The build after dist/'s, in a folder of its own (`cargo xtask next`). */
function nextBuild(): string {
  const next = mkdtempSync(join(tmpdir(), "pathway-next-"));
  execFileSync("cargo", ["xtask", "next", next], { cwd: root, stdio: "ignore" });
  return next;
}

/** Her phone, signed in on the build in dist/ and then updated to the one
 *  in `next`, handed to `check` with the main module it was updated to and
 *  what the update downloaded. */
async function updateHerPhone(
  browser: Browser,
  next: string,
  check: (page: Page, newModule: string, downloaded: Download[]) => Promise<void>,
) {
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
    await check(page, newModule, await downloaded());

    // What arrived is whole: the new build opens, and her plan's screen,
    // with no signal.
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
}

const isCode = (d: Download) => /\.(wasm|bin|js)$/.test(d.path) && d.path !== "/sw.js";

test("an update downloads only what changed, and the app opens from it with no signal", async ({ browser }) => {
  test.setTimeout(240_000);
  const next = nextBuild();
  await updateHerPhone(browser, next, async (_page, newModule, downloaded) => {
    const code = downloaded.filter(isCode);
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
  });
});

test("a phone that cannot decode what was compressed against its build still updates, whole", async ({ browser }) => {
  test.setTimeout(240_000);
  const next = nextBuild();
  // Every compressed file names the right dictionary, but what follows is
  // not Zstandard: the browser fails to decode each one.
  const compressed = join(next, "dictionary");
  for (const folder of readdirSync(compressed).filter((name) => name !== "kept")) {
    for (const file of readdirSync(join(compressed, folder), { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const path = join(file.parentPath, file.name);
      const header = readFileSync(path).subarray(0, 40);
      writeFileSync(path, Buffer.concat([header, Buffer.from("not what the dictionary makes")]));
    }
  }
  await updateHerPhone(browser, next, async (_page, newModule, downloaded) => {
    const module = downloaded.filter((d) => d.path === newModule);
    expect(module.map((d) => d.search), "asked again whole, once").toContain("?whole");
    expect(module.find((d) => d.search === "?whole")?.encoding).toBe("br");
  });
});
