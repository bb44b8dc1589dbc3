import { test, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, serverCommand, signIn } from "./helpers";

// A team of its own, so what is sent here changes nothing other tests see.
test.beforeAll(() => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--username", "noor", "--name", "Noor Haddad", "--role", "team_manager", "--team", "Northgate leaving care team");
  serverCommand("user", "add", "--username", "lena", "--name", "Lena Price", "--role", "personal_adviser", "--team", "Northgate leaving care team");
  serverCommand("user", "add", "--username", "maya", "--name", "Maya Clarke", "--role", "young_person", "--adviser", "lena", "--date-of-birth", "2007-05-09");
});

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** Sends a statement from her Voice screen; when it left her phone. */
async function send(maya: Page, topic: string, prompt: string, words: string): Promise<number> {
  await maya.getByRole("button", { name: topic }).click();
  await maya.getByRole("radio", { name: "Worried" }).check();
  await maya.getByLabel(prompt).fill(words);
  const sent = Date.now();
  await maya.getByRole("button", { name: "Send" }).click();
  return sent;
}

test("what one person sends is on the open screens of the others within 2 seconds, with no reload", async ({ browser }) => {
  const [mayas, lenas, noors] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [maya, lena, noor] = await Promise.all([mayas.newPage(), lenas.newPage(), noors.newPage()]);
  for (const [page, who] of [[maya, "maya"], [lena, "lena"], [noor, "noor"]] as const) {
    await signIn(page, who);
    await expect(page.locator(".sync-status")).toHaveAttribute("data-live", "open");
  }
  await expect(lena.getByRole("status")).toHaveText("Up to date");
  await maya.getByRole("link", { name: "My voice" }).click();
  await lena.getByRole("link", { name: /Voice/ }).click();
  await expect(noor.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();

  const toAdviser: number[] = [];
  const toHer: number[] = [];
  const flagToAdviser: number[] = [];
  const flagToManager: number[] = [];
  for (let run = 1; run <= 5; run++) {
    const problem = `The bus pass ran out (${run})`;
    const sent = await send(maya, "Sort a problem", "What's the problem?", problem);
    const onLenas = lena.getByRole("listitem").filter({ hasText: problem });
    await expect(onLenas).toBeVisible({ timeout: 2_000 });
    toAdviser.push(Date.now() - sent);

    const reply = `I'll top it up today (${run})`;
    await onLenas.getByLabel("Reply").fill(reply);
    const replied = Date.now();
    await onLenas.getByRole("button", { name: "Send reply" }).click();
    await expect(maya.getByText(`Lena Price replied: ${reply}`)).toBeVisible({ timeout: 2_000 });
    toHer.push(Date.now() - replied);

    const wrong = `Someone is following me home (${run})`;
    const flagged = await send(maya, "Something's wrong", "What's wrong?", wrong);
    const flagOnLenas = lena.getByRole("listitem").filter({ hasText: wrong });
    const flagOnNoors = noor.getByRole("listitem").filter({ hasText: "Maya Clarke" });
    await Promise.all([
      expect(flagOnLenas).toContainText("Safety flag", { timeout: 2_000 }).then(() => flagToAdviser.push(Date.now() - flagged)),
      expect(flagOnNoors).toContainText("SAFETY CONCERN RAISED", { ignoreCase: true, timeout: 2_000 }).then(() => flagToManager.push(Date.now() - flagged)),
    ]);
    await flagOnLenas.getByRole("button", { name: "Acknowledge" }).click();
    await expect(flagOnNoors).not.toContainText("SAFETY CONCERN RAISED", { ignoreCase: true, timeout: 2_000 });
  }
  console.log(
    `live, median of 5 (ms): her words on her adviser's screen ${median(toAdviser)} [${toAdviser}], ` +
      `his reply on hers ${median(toHer)} [${toHer}], a safety flag on her adviser's ${median(flagToAdviser)} [${flagToAdviser}] ` +
      `and her manager's ${median(flagToManager)} [${flagToManager}]`,
  );
  await Promise.all([mayas.close(), lenas.close(), noors.close()]);
});

test("when the stream can't be held, an adviser's phone asks for changes every few seconds instead", async ({ browser }) => {
  const [mayas, lenas] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [maya, lena] = await Promise.all([mayas.newPage(), lenas.newPage()]);
  // Lena's phone is behind something that won't hold a stream open.
  await lenas.route("**/api/live", (route) => route.abort());
  await signIn(maya, "maya");
  await signIn(lena, "lena");
  await expect(lena.getByRole("status")).toContainText("Up to date");
  await expect(lena.locator(".sync-status")).toHaveAttribute("data-live", "closed");
  await lena.getByRole("link", { name: /Voice/ }).click();
  await maya.getByRole("link", { name: "My voice" }).click();
  const problem = "My phone contract ends next week";
  await send(maya, "Sort a problem", "What's the problem?", problem);
  // Polling every few seconds still brings it.
  await expect(lena.getByRole("listitem").filter({ hasText: problem })).toBeVisible({ timeout: 10_000 });
  await Promise.all([mayas.close(), lenas.close()]);
});
