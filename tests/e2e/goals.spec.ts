import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openSignedIn, signIn, waitForOfflineShell } from "./helpers";

const DOMAINS = ["Bee Happy", "Bee Healthy", "Bee Safe", "Bee Resilient", "Bee Ambitious", "Bee Independent"];

test("she sees her six Bees, a picture of her progress in words, and how a goal moved", async ({ page }) => {
  await signIn(page, "ella");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My goals" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(DOMAINS);
  // Each Bee has its own picture beside its name.
  await expect(page.locator("h2 .bee-icon")).toHaveCount(6);
  const picture = page.getByRole("img", { name: /Your progress/ });
  for (const domain of DOMAINS) {
    await expect(picture).toHaveAccessibleName(new RegExp(`${domain}: \\d+ per cent of the way`));
  }
  const cooking = page.getByRole("article", { name: "Cook five meals on my own" });
  await expect(cooking).toContainText("How it's going: Done it");
  await expect(cooking.getByRole("img", { name: /Progress over time: Starting on .*Done it on/ })).toBeVisible();
  await expect(page.getByRole("article", { name: "Pass my childcare Level 2" })).toContainText(
    "From Sam Okafor: Your tutor says your placement report was brilliant.",
  );
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(scan.violations).toEqual([]);
});

test("she adds and rates a goal offline; it reaches her adviser; he suggests one and she takes it on", async ({ browser }) => {
  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(ella);
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();

  await ellas.setOffline(true);
  await ella.getByRole("button", { name: "Add a goal" }).click();
  await ella.getByLabel("Your goal, in your words").fill("Join the Saturday football team");
  await ella.getByLabel("Which Bee?").selectOption({ label: "Bee Healthy — Looking after your body and your mind." });
  await ella.getByLabel("Small steps").fill("Find the club's number\nGo to a trial");
  // The phone closes the page before she saves: her goal is still there.
  await ella.reload();
  await expect(ella.getByLabel("Your goal, in your words")).toHaveValue("Join the Saturday football team");
  await expect(ella.getByLabel("Which Bee?").locator("option:checked")).toHaveText("Bee Healthy — Looking after your body and your mind.");
  await expect(ella.getByLabel("Small steps")).toHaveValue("Find the club's number\nGo to a trial");
  await ella.getByRole("button", { name: "Save" }).click();
  const goal = ella.getByRole("article", { name: "Join the Saturday football team" });
  await ella.reload();
  await expect(ella.getByLabel("Your goal, in your words")).toHaveCount(0);
  await expect(goal).toContainText("Not rated yet");
  await goal.getByText("How's it going?").click();
  await goal.getByRole("radio", { name: "Starting" }).check();
  await goal.getByRole("button", { name: "Save how it's going" }).click();
  await expect(goal).toContainText("How it's going: Starting");
  await goal.getByRole("checkbox", { name: "Find the club's number" }).check();
  // A small "well done", said to a screen reader too, then gone.
  await expect(ella.getByText("A step done. Nice one!")).toBeVisible();
  await expect(ella.getByText("A step done. Nice one!")).toBeHidden({ timeout: 6_000 });
  await expect(ella.getByRole("status")).toHaveText("Saved on this phone — 3 changes will send when you're online");
  await ella.reload();
  await expect(ella.getByRole("article", { name: "Join the Saturday football team" })).toContainText("Starting");
  await ellas.setOffline(false);
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  await sam.getByRole("link", { name: /Ella Morris/ }).click();
  await sam.getByRole("link", { name: "Goals →" }).click();
  await expect(sam.getByRole("heading", { level: 1, name: "Ella Morris's goals" })).toBeVisible();
  // Staff screens speak about her, not to her.
  await expect(sam.getByRole("img", { name: /^Ella's progress\. Bee Happy: 75 per cent of the way/ })).toBeVisible();
  await expect(sam.getByText("Each cell fills as Ella's goals in that part move on.")).toBeVisible();
  const hers = sam.getByRole("article", { name: "Join the Saturday football team" });
  await expect(hers).toContainText("How it's going: Starting");
  await expect(hers.getByRole("checkbox", { name: "Find the club's number" })).toBeChecked();

  await sam.getByRole("button", { name: "Suggest a goal" }).click();
  await sam.getByLabel("The goal you suggest").fill("Register with a dentist");
  await sam.getByLabel("Which Bee?").selectOption({ label: "Bee Healthy — Looking after your body and your mind." });
  await sam.getByRole("button", { name: "Save" }).click();
  await expect(sam.getByRole("group", { name: "A suggested goal" }).filter({ hasText: "Register with a dentist" })).toContainText(
    "Waiting for her",
  );
  await expect(sam.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  await ella.reload();
  const suggestion = ella.getByRole("group", { name: "A suggested goal" }).filter({ hasText: "Register with a dentist" });
  await expect(suggestion).toContainText("Sam Okafor suggested a goal for Bee Healthy");
  await suggestion.getByRole("button", { name: "Make it my goal" }).click();
  await expect(ella.getByRole("article", { name: "Register with a dentist" })).toBeVisible();
  await expect(suggestion).toHaveCount(0);
  await ellas.close();
  await sams.close();
});

test("what she writes about a goal, and his encouragement, are still there when the phone closes the page", async ({ browser }) => {
  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signIn(ella, "ella");
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
  const cooking = ella.getByRole("article", { name: "Cook five meals on my own" });
  await cooking.getByText("How's it going?").click();
  await cooking.getByRole("radio", { name: "Getting there" }).check();
  await cooking.getByLabel("A note (if you like)").fill("Made a curry for my flatmates");
  await cooking.getByRole("button", { name: "Change the words of Cook five meals on my own" }).click();
  await cooking.getByLabel("The goal, in your words").fill("Cook ten meals on my own");

  await ella.reload();
  // The rating opens with the score she ticked and her words, and so does
  // the new wording.
  await expect(cooking.getByLabel("A note (if you like)")).toBeVisible();
  await expect(cooking.getByRole("radio", { name: "Getting there" })).toBeChecked();
  await expect(cooking.getByRole("button", { name: "Save how it's going" })).toBeEnabled();
  await expect(cooking.getByLabel("A note (if you like)")).toHaveValue("Made a curry for my flatmates");
  await expect(cooking.getByLabel("The goal, in your words")).toHaveValue("Cook ten meals on my own");
  await ella.goto("/this-phone");
  await ella.getByRole("button", { name: "Sign out" }).click();
  const unfinished = ella.getByRole("group", { name: "Not finished yet" });
  await expect(unfinished.getByRole("link")).toHaveText(["How a goal is going", "New words for a goal"]);
  await unfinished.getByRole("link", { name: "New words for a goal" }).click();
  await expect(ella).toHaveURL(/\/my-goals$/);
  // Cancelling the new words lets them go, and saving the rating lets its
  // score and note go.
  await cooking.getByRole("button", { name: "Cancel" }).click();
  await cooking.getByRole("button", { name: "Save how it's going" }).click();
  await ella.reload();
  await expect(cooking.getByLabel("The goal, in your words")).toHaveCount(0);
  await expect(cooking.getByLabel("A note (if you like)")).toBeHidden();
  await expect(cooking.getByLabel("A note (if you like)")).toHaveValue("");

  const sams = await browser.newContext();
  const sam = await openSignedIn(sams, "sam", "/young-people");
  await sam.getByRole("link", { name: /Ella Morris/ }).click();
  await sam.getByRole("link", { name: "Goals →" }).click();
  const hers = sam.getByRole("article", { name: "Cook five meals on my own" });
  await hers.getByLabel("Encouragement for her").fill("That curry sounds amazing");
  await sam.reload();
  await expect(hers.getByLabel("Encouragement for her")).toHaveValue("That curry sounds amazing");
  await sam.goto("/this-phone");
  await sam.getByRole("button", { name: "Sign out" }).click();
  await expect(sam.getByRole("group", { name: "Not finished yet" }).getByRole("link")).toHaveText(["Encouragement – Ella Morris"]);
  await sam.getByRole("link", { name: "Encouragement – Ella Morris" }).click();
  await expect(hers.getByLabel("Encouragement for her")).toHaveValue("That curry sounds amazing");
  await hers.getByLabel("Encouragement for her").fill("");
  await sam.goto("/this-phone");
  await sam.getByRole("button", { name: "Sign out" }).click();
  await expect(sam.getByRole("group", { name: "Not finished yet" })).toHaveCount(0);
  await ellas.close();
  await sams.close();
});
