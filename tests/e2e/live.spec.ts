import { test, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, openFromMore, serverCommand, signIn } from "./helpers";

// A team of its own, so what is sent here changes nothing other tests see.
test.beforeAll(() => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "noor", "--name", "Noor Haddad", "--role", "team_manager", "--team", "Northgate leaving care team");
  serverCommand("user", "add", "--council", "Riverside", "--username", "lena", "--name", "Lena Price", "--role", "personal_adviser", "--team", "Northgate leaving care team");
  serverCommand("user", "add", "--council", "Riverside", "--username", "maya", "--name", "Maya Clarke", "--role", "young_person", "--adviser", "lena", "--date-of-birth", "2007-05-09");
});

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];


test("what one person sends is on the open screens of the others within 2 seconds, with no reload", async ({ browser }) => {
  const [mayas, lenas, noors] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [maya, lena, noor] = await Promise.all([mayas.newPage(), lenas.newPage(), noors.newPage()]);
  for (const [page, who] of [[maya, "maya"], [lena, "lena"], [noor, "noor"]] as const) {
    await signIn(page, who);
    await expect(page.locator(".sync-status")).toHaveAttribute("data-live", "open");
  }
  await expect(lena.getByRole("status")).toHaveText("Up to date");
  await expect(noor.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  const menu = (page: Page) => page.getByRole("navigation", { name: "Main" });
  const mayasCard = lena.getByRole("link", { name: /Maya Clarke/ });
  const mayaOnNoors = noor.getByRole("link", { name: /Maya Clarke/ });
  const conversationPath = new URL(await mayasCard.getAttribute("href") ?? "", lena.url()).pathname + "/messages";

  const toAdviser: number[] = [];
  const toHer: number[] = [];
  const flagToAdviser: number[] = [];
  const flagToManager: number[] = [];
  for (let run = 1; run <= 5; run++) {
    // She and her adviser each have the conversation open.
    await openFromMore(maya, "Messages");
    await lena.goto(conversationPath);
    await expect(lena.getByRole("heading", { level: 1, name: "Messages with Maya Clarke" })).toBeVisible();
    await expect(lena.locator(".sync-status")).toHaveAttribute("data-live", "open");

    const words = `My bus pass ran out (${run})`;
    await maya.getByLabel("Your message").fill(words);
    const sent = Date.now();
    await maya.getByRole("button", { name: "Send" }).click();
    await expect(lena.getByText(words)).toBeVisible({ timeout: 2_000 });
    toAdviser.push(Date.now() - sent);

    const reply = `I'll top it up today (${run})`;
    await lena.getByLabel("Your reply").fill(reply);
    const replied = Date.now();
    await lena.getByRole("button", { name: "Send" }).click();
    await expect(maya.getByText(reply)).toBeVisible({ timeout: 2_000 });
    toHer.push(Date.now() - replied);

    // Something's wrong, with her adviser on his caseload and the manager on the team's.
    await menu(lena).getByRole("link", { name: "Caseload" }).click();
    await expect(mayasCard).toBeVisible();
    await menu(maya).getByRole("link", { name: /Voice/ }).click();
    await maya.getByRole("button", { name: "Something's wrong" }).click();
    await maya.getByRole("radio", { name: "Scared" }).check();
    await maya.getByLabel("What's wrong?").fill(`Someone is following me home (${run})`);
    const flagged = Date.now();
    await maya.getByRole("button", { name: "Send" }).click();
    await Promise.all([
      expect(mayasCard).toContainText("SAFETY CONCERN RAISED", { ignoreCase: true, timeout: 2_000 }).then(() => flagToAdviser.push(Date.now() - flagged)),
      expect(mayaOnNoors).toContainText("SAFETY CONCERN RAISED", { ignoreCase: true, timeout: 2_000 }).then(() => flagToManager.push(Date.now() - flagged)),
    ]);
    await menu(lena).getByRole("link", { name: /Voice/ }).click();
    await lena.getByRole("listitem").filter({ hasText: `(${run})` }).getByRole("button", { name: "Acknowledge" }).click();
    await expect(mayaOnNoors).not.toContainText("SAFETY CONCERN RAISED", { ignoreCase: true, timeout: 2_000 });
  }
  console.log(
    `live, median of 5 (ms): her message on her adviser's open conversation ${median(toAdviser)} [${toAdviser}], ` +
      `his reply on hers ${median(toHer)} [${toHer}], a safety flag on her adviser's caseload ${median(flagToAdviser)} [${flagToAdviser}] ` +
      `and her manager's ${median(flagToManager)} [${flagToManager}]`,
  );
  await Promise.all([mayas.close(), lenas.close(), noors.close()]);
});

test("when the stream can't be held, an adviser's phone asks for changes every few seconds instead, and holds it again once it can", async ({ browser }) => {
  const [mayas, lenas] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [maya, lena] = await Promise.all([mayas.newPage(), lenas.newPage()]);
  // Lena's phone is behind something that won't hold a stream open.
  await lenas.route("**/api/live", (route) => route.abort());
  await signIn(maya, "maya");
  await signIn(lena, "lena");
  await expect(lena.getByRole("status")).toContainText("Up to date");
  await expect(lena.locator(".sync-status")).toHaveAttribute("data-live", "closed");
  await lena.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Messages/ }).click();
  await openFromMore(maya, "Messages");
  const words = "My phone contract ends next week";
  await maya.getByLabel("Your message").fill(words);
  await maya.getByRole("button", { name: "Send" }).click();
  // Polling every few seconds still brings it.
  await expect(lena.getByRole("link", { name: /Maya Clarke/ })).toContainText(words, { timeout: 10_000 });
  // Once a stream can be held again, the phone holds it (trying again
  // after 1, 2, 4 … seconds).
  await lenas.unroute("**/api/live");
  await expect(lena.locator(".sync-status")).toHaveAttribute("data-live", "open", { timeout: 40_000 });
  await Promise.all([mayas.close(), lenas.close()]);
});
