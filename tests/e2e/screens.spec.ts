import { test, expect, type Page } from "@playwright/test";
import { openSignedIn, personOnPhone, signIn } from "./helpers";

/** Each address, and the heading that says its screen is open. */
type Screen = [string, string | RegExp];

async function opensEach(page: Page, screens: Screen[]) {
  for (const [path, heading] of screens) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
  }
}

test("every screen of hers opens online and, after a reload, offline; her phone never fetches a staff screen", async ({ browser }) => {
  const context = await browser.newContext();
  const fetched: string[] = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const screens: Screen[] = [
    ["/home", "Hi Ella"],
    ["/my-plan", "My plan"],
    ["/more", "More"],
    ["/my-messages", "Messages with Sam"],
    ["/my-goals", "My goals"],
    ["/my-voice", "My voice"],
    ["/my-contacts", "Meetings with Sam"],
    ["/people-who-help-me", "People who help me"],
    ["/written-about-me", "What's written about me"],
    ["/my-plan/versions", "Every version of my plan"],
    ["/this-phone", "This phone"],
    ["/signed-in", "Where you're signed in"],
  ];
  await opensEach(ella, screens);
  await context.setOffline(true);
  await ella.reload();
  await opensEach(ella, screens);
  expect(fetched.filter((path) => path.includes("split_Staff"))).toEqual([]);
  expect(fetched.filter((path) => path.includes("split_YoungPerson")).length).toBeGreaterThan(0);
  await context.close();
});

test("every staff screen opens online and, after a reload, offline", async ({ browser }) => {
  const context = await browser.newContext();
  const fetched: string[] = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const her = await browser.newContext();
  const ella = await openSignedIn(her, "ella", "/my-plan");
  const id = await personOnPhone(ella);
  await her.close();
  const sam = await openSignedIn(context, "sam");
  const screens: Screen[] = [
    ["/young-people", "Caseload"],
    [`/young-people/${id}`, "Ella Morris's plan"],
    [`/young-people/${id}/contacts`, "Contacts with Ella Morris"],
    [`/young-people/${id}/goals`, "Ella Morris's goals"],
    [`/young-people/${id}/versions`, "Every version of Ella's plan"],
    ["/messages", "Messages"],
    [`/young-people/${id}/messages`, "Messages with Ella Morris"],
    ["/inbox", "Voice"],
    ["/this-phone", "This phone"],
    ["/signed-in", "Where you're signed in"],
  ];
  await opensEach(sam, screens);
  await context.setOffline(true);
  await sam.reload();
  await opensEach(sam, screens);
  expect(fetched.filter((path) => path.includes("split_YoungPerson"))).toEqual([]);
  await context.close();
});

test("with no signal, a screen not yet on the phone says so and opens once she is back online", async ({ browser }) => {
  // No service worker, so nothing is kept ahead of time.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const ella = await context.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await context.setOffline(true);
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
  await expect(ella.getByText("This screen isn't on this phone yet. It will open as soon as you're back online.")).toBeVisible();
  await context.setOffline(false);
  await expect(ella.getByRole("heading", { level: 1, name: "My goals" })).toBeVisible({ timeout: 15_000 });
  await context.close();
});
