import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD, PLAN_PARTS, openPart, openSignedIn, savedOnPhone, serverCommand, signIn, signInToPlan, sidewaysScroll, waitForOfflineShell } from "./helpers";

const AA = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

test("ella asks for a review, sam runs it offline, ella disagrees with a reason, and both see it", async ({ browser }) => {
  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signInToPlan(ella, "ella");
  await expect(ella.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(ella);

  // She asks; it cannot be refused.
  await ella.getByRole("button", { name: "Ask for a review" }).click();
  await ella.getByLabel("What would you like to talk about?").fill("The flat is too cold and I want to talk about moving.");
  // Her phone closes the page before she asks: her words are still there.
  await ella.reload();
  await expect(ella.getByLabel("What would you like to talk about?")).toHaveValue("The flat is too cold and I want to talk about moving.");
  await ella.getByRole("button", { name: "Ask for my review" }).click();
  await expect(ella.getByText(/You asked for a review on .* can't be refused/)).toBeVisible();
  await expect(ella.getByRole("button", { name: "Ask for a review" })).toHaveCount(0);
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 10_000 });

  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  const ellasCard = sam.getByRole("listitem").filter({ hasText: "Ella Morris" });
  await expect(ellasCard).toContainText("Review requested");
  await waitForOfflineShell(sam);
  await ellasCard.getByRole("link", { name: /Ella Morris/ }).click();
  await expect(sam.getByText("Ella asked for a review")).toContainText("The flat is too cold");

  // The review, run in a café with no signal.
  await sams.setOffline(true);
  await sam.getByRole("button", { name: "Start a review" }).click();
  await expect(sam.getByText(/Review in progress: the draft of version 2/)).toBeVisible();
  const whereILive = await openPart(sam, "Where I live");
  await whereILive.getByRole("button", { name: "Add an action to Where I live" }).click();
  await sam.getByLabel("What will be done").fill("Ask the housing association about a move");
  await sam.getByLabel("Who does it").fill("Sam");
  await sam.getByRole("button", { name: "Save", exact: true }).click();
  await expect(whereILive.getByRole("heading", { name: "Changed since version 1" })).toBeVisible();
  await expect(whereILive.getByRole("listitem").filter({ hasText: "Ask the housing association about a move" }).first()).toContainText("Added");
  await expect(whereILive.getByRole("listitem").filter({ hasText: "Sort out a deposit" })).toContainText("Removed");
  await expect(whereILive.getByRole("listitem").filter({ hasText: "What Ella thinks:" })).toContainText("Changed");
  const reviewScan = await new AxeBuilder({ page: sam }).withTags(AA).analyze();
  expect(reviewScan.violations).toEqual([]);

  const record = sam.getByRole("form", { name: "Record the review" });
  await record.getByLabel("Who took part").fill("Ella and Sam, at the café");
  await record.getByRole("button", { name: "Record the review" }).click();
  await expect(record.getByRole("alert")).toHaveText("Say how the young person took part.");
  await record.getByText("Came and spoke for themselves").click();
  await record.getByRole("button", { name: "Record the review" }).click();
  await expect(sam.getByText("This review is recorded on this phone.")).toBeVisible();
  await sam.reload();
  await expect(sam.getByText("This review is recorded on this phone.")).toBeVisible();
  await sams.setOffline(false);
  await expect(sam.getByText(/Version 2, reviewed .*: waiting for Ella's answer/)).toBeVisible({ timeout: 15_000 });

  // She reads the new version on her phone and says she doesn't agree, offline.
  await ella.reload();
  await expect(ella.getByText(/Your plan was reviewed on .*\. Do you agree with it\?/)).toBeVisible();
  await expect(ella.getByRole("link", { name: "Plan a new version waits for your answer" })).toBeVisible();
  await ellas.setOffline(true);
  await ella.getByRole("link", { name: "Read version 2 and answer" }).click();
  await expect(ella.getByRole("heading", { level: 1, name: "My plan — version 2" })).toBeVisible();
  await expect(ella.getByText("Ask the housing association about a move")).toBeVisible();
  await ella.getByText("I don't agree", { exact: true }).click();
  await ella.getByRole("button", { name: "Send my answer" }).click();
  await expect(ella.getByRole("alert").filter({ hasText: "Say why" })).toHaveText("Say why you don't agree, so it's written down.");
  await ella.getByLabel("Why don't you agree?").fill("Nothing in here gets the boiler fixed.");
  await ella.reload();
  // Her choice and her words, both as she left them.
  await expect(ella.getByLabel("I don't agree")).toBeChecked();
  await expect(ella.getByLabel("Why don't you agree?")).toHaveValue("Nothing in here gets the boiler fixed.");
  // An app from before her choice was kept kept her words alone: they are
  // still read, and she chooses again.
  const keptAnswer = Object.keys(await savedOnPhone(ella)).find((key) => key.includes(".writing.answer."));
  expect(keptAnswer).toBeDefined();
  await ella.evaluate(([key, words]) => localStorage.setItem(key, JSON.stringify(words)), [keptAnswer!, "Nothing in here gets the boiler fixed."]);
  await ella.reload();
  await expect(ella.getByLabel("Anything you'd like to add?")).toHaveValue("Nothing in here gets the boiler fixed.");
  await expect(ella.getByLabel("I don't agree")).not.toBeChecked();
  await ella.getByText("I don't agree", { exact: true }).click();
  await ella.getByRole("button", { name: "Send my answer" }).click();
  await expect(ella.getByText("You don't agree with this version")).toBeVisible();
  await expect(ella.getByText("Didn't agree (saved on this phone, not sent yet)")).toBeVisible();
  const answerScan = await new AxeBuilder({ page: ella }).withTags(AA).analyze();
  expect(answerScan.violations).toEqual([]);
  await ellas.setOffline(false);
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 10_000 });
  // Answered: the mark on My plan has gone.
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true }).click();
  await expect(ella.getByRole("note").filter({ hasText: "You don't agree with version 2" })).toContainText("Nothing in here gets the boiler fixed.");

  // Her adviser sees it on the plan, kept, not hidden.
  const disagreement = sam.getByRole("note").filter({ hasText: "Ella doesn't agree with version 2" });
  await expect(disagreement).toContainText("Nothing in here gets the boiler fixed.", { timeout: 10_000 });

  // The print view: all ten parts, her name, the version and where she stands.
  await disagreement.getByRole("link", { name: "Read version 2" }).click();
  await expect(sam.getByRole("heading", { level: 1, name: "Ella Morris's plan — version 2" })).toBeVisible();
  await sam.emulateMedia({ media: "print" });
  for (const part of PLAN_PARTS) {
    await expect(sam.getByRole("heading", { level: 2, name: part, exact: true })).toBeVisible();
  }
  const agreement = sam.getByRole("region", { name: "Agreement" });
  await expect(agreement).toBeVisible();
  await expect(agreement).toContainText("Ella doesn't agree");
  await expect(agreement).toContainText("Nothing in here gets the boiler fixed.");
  await expect(sam.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(sam.getByRole("navigation", { name: "Main" })).toBeHidden();
  const pdf = await sam.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await sam.emulateMedia({ media: "screen" });

  // Every version kept, and any two side by side.
  await sam.getByRole("link", { name: "Compare with the one before →" }).click();
  await expect(sam.getByRole("heading", { level: 1, name: "Version 1 and version 2" })).toBeVisible();
  const added = sam.getByRole("row").filter({ hasText: "Ask the housing association about a move" });
  await expect(added.getByRole("cell").nth(0)).toHaveText("—");
  await expect(added.getByRole("cell").nth(2)).toHaveText("Added");
  const compareScan = await new AxeBuilder({ page: sam }).withTags(AA).analyze();
  expect(compareScan.violations).toEqual([]);
  // 200% zoom on a 360 px phone: the two columns fold into one, no sideways scrolling.
  await sam.setViewportSize({ width: 180, height: 370 });
  expect(await sidewaysScroll(sam)).toBeLessThanOrEqual(0);
  await sam.setViewportSize({ width: 360, height: 740 });
  await sam.getByRole("link", { name: "← Every version" }).click();
  await expect(sam.getByRole("link", { name: "Version 1" })).toBeVisible();
  await expect(sam.getByRole("listitem").filter({ hasText: "Version 2" })).toContainText("Ella doesn't agree");
  // The review she asked for has been held: her card no longer asks for one.
  await sam.getByRole("link", { name: "Caseload" }).click();
  await expect(ellasCard).toBeVisible();
  await expect(ellasCard).not.toContainText("Review requested");
  await ellas.close();
  await sams.close();
});

test("ella opens and downloads what's written about her: her words, nobody else's", async ({ page }) => {
  await signIn(page, "ella");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await page.getByRole("button", { name: "Share good news" }).click();
  await page.getByLabel("What happened?").fill("I got a Saturday job at the nursery!");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status")).toContainText("Up to date", { timeout: 10_000 });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true }).click();
  await page.getByRole("link", { name: "What's written about me" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What's written about me" })).toBeVisible();
  const sent = page.getByRole("region", { name: "What I've sent" });
  await expect(sent).toContainText("I got a Saturday job at the nursery!");
  const staffOnly = page.getByRole("region", { name: "Notes only staff read" });
  // Other tests add notes about her too, so these are looked for by what they are.
  await expect(staffOnly.getByRole("listitem").filter({ hasText: "A note of contact (Phone) written by Sam Okafor" })).toHaveCount(1);
  await expect(staffOnly.getByRole("listitem").filter({ hasText: "yearly count of care leavers" }).first()).toBeVisible();
  await expect(page.getByText("mum has been in touch")).toHaveCount(0);
  const scan = await new AxeBuilder({ page }).withTags(AA).analyze();
  expect(scan.violations).toEqual([]);

  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as a file for other apps" }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/^written-about-ella-morris-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(await json.path(), "utf8");
  const written = JSON.parse(text);
  expect(written.name).toBe("Ella Morris");
  expect(written.statements.map((s: { statement: { answers: string[][] } }) => s.statement.answers.flat().join(" ")).join(" ")).toContain("I got a Saturday job at the nursery!");
  expect(written.plan.parts).toHaveLength(10);
  for (const other of ["Jayden", "Amira", "mum has been in touch"]) {
    expect(text).not.toContain(other);
  }

  const [html] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as a web page" }).click(),
  ]);
  const pageText = readFileSync(await html.path(), "utf8");
  expect(pageText).toContain("<!doctype html>");
  expect(pageText).toContain("I got a Saturday job at the nursery!");
  expect(pageText).not.toContain("Download as a web page");
  expect(pageText).not.toContain("Jayden");

  // Offline it says why it can't come, and offers to try again.
  await page.context().setOffline(true);
  await page.getByRole("link", { name: "← My plan" }).click();
  await page.getByRole("link", { name: "What's written about me" }).click();
  await expect(page.getByRole("alert")).toContainText("You're offline. This comes straight from Pathway's records");
  await page.context().setOffline(false);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("region", { name: "What I've sent" })).toContainText("I got a Saturday job at the nursery!");
});

test("the review bar stays in view on a long plan, counts what is done, and asks before stopping", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "yusuf", "--name", "Yusuf Demir", "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2006-04-02");
  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  await sam.getByRole("link", { name: /Yusuf Demir/ }).click();
  await sam.getByRole("button", { name: "Start a review" }).click();
  const bar = sam.getByRole("region", { name: "This review" });
  await expect(bar).toContainText("Review: draft of version 1");
  // The date of the review and the next one start filled in.
  await expect(bar).toContainText("2 of 4 questions answered");
  // At the top of the plan, the bar is already on screen.
  await expect(bar).toBeInViewport();
  await openPart(sam, "Money");
  await expect(bar).toBeInViewport();

  await sam.getByRole("form", { name: "Record the review" }).getByLabel("Who took part").fill("Yusuf and Sam");
  await expect(bar).toContainText("3 of 4 questions answered");
  await bar.getByRole("button", { name: "Save for later" }).click();
  await expect(bar).toContainText("Saved on this phone");

  await bar.getByRole("button", { name: "Stop" }).click();
  const question = bar.getByRole("group", { name: "Stop this review?" });
  await expect(question).toContainText("The draft and its answers are thrown away.");
  // The question takes the focus, and gives it back.
  await expect(question.getByRole("button", { name: "Keep going" })).toBeFocused();
  await sam.keyboard.press("Enter");
  await expect(bar.getByRole("button", { name: "Stop" })).toBeFocused();
  await expect(sam.getByText(/Review in progress/)).toBeVisible();

  await bar.getByRole("button", { name: "Stop" }).click();
  for (const scheme of ["light", "dark"] as const) {
    await sam.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: sam }).include(".review-bar").withTags(AA).analyze();
    expect(scan.violations, scheme).toEqual([]);
  }
  await bar.getByRole("button", { name: "Yes, stop the review" }).click();
  await expect(sam.getByRole("button", { name: "Start a review" })).toBeVisible();
  await expect(sam.getByRole("region", { name: "This review" })).toHaveCount(0);
  await sams.close();
});

test("what sam writes in a review's record is still there when the phone closes the page with no signal, until he saves it", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "bea", "--name", "Bea Okafor", "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2006-09-14");
  const sams = await browser.newContext();
  const sam = await openSignedIn(sams, "sam", "/young-people");
  await waitForOfflineShell(sam);
  await sam.getByRole("link", { name: /Bea Okafor/ }).click();
  await sams.setOffline(true);
  await sam.getByRole("button", { name: "Start a review" }).click();
  const record = sam.getByRole("form", { name: "Record the review" });
  await record.getByLabel("Who took part").fill("Bea, her foster carer and Sam");
  await record.getByText("Did not take part").click();
  await record.getByLabel("Why didn't Bea take part?").fill("She was at college; she sent a message");

  await sam.reload();
  await expect(record.getByLabel("Who took part")).toHaveValue("Bea, her foster carer and Sam");
  await expect(record.getByLabel("Did not take part")).toBeChecked();
  await expect(record.getByLabel("Why didn't Bea take part?")).toHaveValue("She was at college; she sent a message");
  const bar = sam.getByRole("region", { name: "This review" });
  await expect(bar).toContainText("4 of 4 questions answered");

  // Signing out names it, and leads back to it.
  await sam.goto("/this-phone");
  await sam.getByRole("button", { name: "Sign out" }).click();
  const unfinished = sam.getByRole("group", { name: "Not finished yet" });
  await expect(unfinished.getByRole("link")).toHaveText(["The record of a review – Bea Okafor"]);
  await unfinished.getByRole("link", { name: "The record of a review – Bea Okafor" }).click();
  await expect(record.getByLabel("Who took part")).toHaveValue("Bea, her foster carer and Sam");

  // Saved with the draft, it is no longer unfinished, and stays as saved.
  await bar.getByRole("button", { name: "Save for later" }).click();
  await expect(bar).toContainText("Saved on this phone");
  await sam.reload();
  await expect(record.getByLabel("Why didn't Bea take part?")).toHaveValue("She was at college; she sent a message");
  await sam.goto("/this-phone");
  await sam.getByRole("button", { name: "Sign out" }).click();
  await expect(sam.getByRole("group", { name: "Not finished yet" })).toHaveCount(0);

  // Written again and the review stopped: nothing is left unfinished.
  await sam.getByRole("button", { name: "Stay signed in" }).click();
  await sam.goto("/young-people");
  await sam.getByRole("link", { name: /Bea Okafor/ }).click();
  await record.getByLabel("Who took part").fill("Bea and Sam");
  await bar.getByRole("button", { name: "Stop" }).click();
  await bar.getByRole("button", { name: "Yes, stop the review" }).click();
  await expect(sam.getByRole("button", { name: "Start a review" })).toBeVisible();
  await sam.goto("/this-phone");
  await sam.getByRole("button", { name: "Sign out" }).click();
  await expect(sam.getByRole("group", { name: "Not finished yet" })).toHaveCount(0);
  await sams.close();
});
