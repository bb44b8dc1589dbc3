import { test, expect } from "@playwright/test";
import { DEMO_PASSWORD, serverCommand, signIn } from "./helpers";

test("shots", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--username", "shotpa", "--name", "Sam Okoro", "--role", "personal_adviser", "--team", "Shot team");
  serverCommand("user", "add", "--username", "shot", "--name", "Ella Moore", "--role", "young_person", "--adviser", "shotpa", "--date-of-birth", "2006-11-30");
  const a = await browser.newContext();
  const b = await browser.newContext();
  const her = await a.newPage();
  const him = await b.newPage();
  await signIn(her, "shot");
  await signIn(him, "shotpa");
  await expect(him.getByRole("status")).toHaveText("Up to date");
  await her.goto("/my-messages");
  await her.getByLabel("Your message").fill("Hi Sam, can we move Thursday's meeting? I've got an interview at the college 🙂");
  await her.getByRole("button", { name: "Send" }).click();
  await expect(her.getByText("Delivered")).toBeVisible();
  await him.goto("/messages");
  await him.screenshot({ path: "/tmp/shots/conversations-light.png", fullPage: true });
  await him.getByRole("link", { name: /Ella Moore/ }).click();
  await him.getByLabel("Your reply").fill("Good luck! Friday at 11 works. Same café?");
  await him.getByRole("button", { name: "Send" }).click();
  await expect(her.getByText("Good luck!")).toBeVisible();
  await her.getByLabel("Your message").fill("Yes, see you there");
  await b.setOffline(false);
  await a.setOffline(true);
  await her.getByRole("button", { name: "Send" }).click();
  for (const scheme of ["light", "dark"] as const) {
    await her.emulateMedia({ colorScheme: scheme });
    await him.emulateMedia({ colorScheme: scheme });
    await her.screenshot({ path: `/tmp/shots/her-messages-${scheme}.png`, fullPage: true });
    await him.screenshot({ path: `/tmp/shots/his-messages-${scheme}.png`, fullPage: true });
  }
});
