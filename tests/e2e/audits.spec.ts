import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { openSignedIn, savedOnPhone } from "./helpers";

const AA = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function openAudits(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await page.getByRole("link", { name: "Audits of practice →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audits of practice" })).toBeVisible();
}

test("morgan draws a dip sample and grades Ella's plan, Sam answers, and the head of service reads it", async ({ browser }) => {
  const morganContext = await browser.newContext();
  const morgan = await openSignedIn(morganContext, "morgan");
  await openAudits(morgan);
  await morgan.getByLabel("How many plans").fill("20");
  await morgan.getByLabel("Age").selectOption({ label: "Any age" });
  await morgan.getByRole("button", { name: "Draw a sample" }).click();
  // The newest audit of hers comes first.
  const ella = morgan.getByRole("article", { name: "Ella Morris" }).first();
  await expect(ella).toContainText("To grade");
  await expect(ella).toContainText("Adviser: Sam Okafor");

  await ella.getByRole("button", { name: "Grade this plan" }).click();
  // His grading is kept as he goes: the page closed, the form opens again
  // with his comments and the grades he chose.
  const comments = "Her words are in every part. Give each action a date.";
  await ella.getByLabel("Comments").fill(comments);
  const quality = ella.getByRole("group", { name: "Quality of the plan" });
  await quality.getByLabel("Good").check();
  await morgan.reload();
  await expect(ella.getByLabel("Comments")).toHaveValue(comments);
  await expect(quality.getByLabel("Good")).toBeChecked();
  // What an older app kept, his comments alone as text, is still read.
  const [kept] = Object.keys(await savedOnPhone(morgan)).filter((key) => key.includes(".writing.audit-comments."));
  expect(kept).toBeDefined();
  await morgan.evaluate(([key, words]) => localStorage.setItem(key, JSON.stringify(words)), [kept, comments]);
  await morgan.reload();
  await expect(ella.getByLabel("Comments")).toHaveValue(comments);
  await expect(quality.getByLabel("Good")).not.toBeChecked();
  await quality.getByLabel("Good").check();
  // Signing out names his grading, and leads back to it.
  await morgan.goto("/this-phone");
  await morgan.getByRole("button", { name: "Sign out" }).click();
  const unfinished = morgan.getByRole("group", { name: "Not finished yet" });
  await expect(unfinished.getByRole("link")).toHaveText(["Grading an audit of practice"]);
  await unfinished.getByRole("link", { name: "Grading an audit of practice" }).click();
  await expect(quality.getByLabel("Good")).toBeChecked();
  await ella.getByRole("button", { name: "Save grades" }).click();
  await expect(ella.getByRole("alert")).toHaveText("Choose a grade in each of the four areas.");
  await ella.getByRole("group", { name: "The young person's voice" }).getByLabel("Outstanding").check();
  await ella.getByRole("group", { name: "Actions" }).getByLabel("Requires improvement").check();
  await ella.getByRole("group", { name: "Timeliness" }).getByLabel("Good").check();

  for (const scheme of ["light", "dark"] as const) {
    await morgan.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: morgan }).withTags(AA).analyze();
    expect(scan.violations).toEqual([]);
  }
  await morgan.emulateMedia({ colorScheme: "light" });
  await ella.getByRole("button", { name: "Save grades" }).click();
  await expect(ella).toContainText("Graded · waiting for Sam Okafor's answer");
  expect(Object.keys(await savedOnPhone(morgan)).filter((key) => key.includes(".writing."))).toEqual([]);

  const samContext = await browser.newContext();
  const sam = await openSignedIn(samContext, "sam");
  await openAudits(sam);
  await expect(sam.getByRole("button", { name: "Draw a sample" })).toHaveCount(0);
  const hers = sam.getByRole("article", { name: "Ella Morris" }).first();
  await expect(hers.getByRole("definition").filter({ hasText: "Requires improvement" })).toBeVisible();
  await expect(hers).toContainText("Give each action a date.");
  await hers.getByRole("button", { name: "Send answer" }).click();
  await expect(hers.getByRole("alert")).toHaveText("Write an answer first.");
  await hers.getByLabel("Your answer").fill("Dates added to every action today.");
  await sam.reload();
  await expect(hers.getByLabel("Your answer")).toHaveValue("Dates added to every action today.");
  await hers.getByRole("button", { name: "Send answer" }).click();
  await expect(hers.locator("blockquote")).toHaveText("Dates added to every action today.");
  await expect(hers).toContainText("Answered");
  expect(Object.keys(await savedOnPhone(sam)).filter((key) => key.includes(".writing."))).toEqual([]);

  const jordanContext = await browser.newContext();
  const jordan = await openSignedIn(jordanContext, "jordan");
  await openAudits(jordan);
  await expect(jordan.getByRole("button", { name: "Draw a sample" })).toHaveCount(0);
  const counts = jordan.getByRole("list", { name: "Audits by grade in each area" });
  await expect(counts.getByRole("listitem").filter({ hasText: "Quality of the plan" })).toContainText(/Good [1-9]/);
  const [file] = await Promise.all([
    jordan.waitForEvent("download"),
    jordan.getByRole("button", { name: "Download spreadsheet (CSV)" }).click(),
  ]);
  const lines = readFileSync(await file.path(), "utf8").split("\r\n");
  expect(lines[0]).toBe("young person,adviser,drawn,auditor,plan-quality,voice,actions,timeliness,comments,answer");
  expect(lines).toContainEqual(expect.stringMatching(/^Ella Morris,Sam Okafor,\d{4}-\d{2}-\d{2},Morgan Hughes,Good,Outstanding,Requires improvement,Good,Her words are in every part\. Give each action a date\.,Dates added to every action today\.$/));
  const seen = jordan.getByRole("article", { name: "Ella Morris" }).first();
  await expect(seen.getByRole("link")).toHaveCount(0);
  await expect(seen.locator("blockquote")).toHaveText("Dates added to every action today.");
  await expect(seen.getByRole("button")).toHaveCount(0);

  // Back on Morgan's phone, an answered audit's grades can no longer change.
  await morgan.reload();
  const answered = morgan.getByRole("article", { name: "Ella Morris" }).first();
  await expect(answered).toContainText("Answered");
  await expect(answered.getByRole("button", { name: /Grade this plan|Change the grades|Save grades/ })).toHaveCount(0);
  await Promise.all([morganContext.close(), samContext.close(), jordanContext.close()]);
});
