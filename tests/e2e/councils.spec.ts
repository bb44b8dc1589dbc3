import { test, expect } from "@playwright/test";
import { DEMO_PASSWORD, serverCommand, signIn } from "./helpers";

// A second council on the same server: its own out-of-hours number, no
// advocacy service, and a team with the very name of Riverside's.
// (A worker started again after a failure finds them there already.)
test.beforeAll(() => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  const run = (...args: string[]) => {
    try {
      serverCommand(...args);
    } catch (error) {
      if (!/already (taken|called)/.test(String(error))) throw error;
    }
  };
  run("council", "add", "--name", "Northvale", "--out-of-hours-phone", "0300 555 0300");
  run("user", "add", "--council", "Northvale", "--username", "nico", "--name", "Nico Adams", "--role", "personal_adviser", "--team", "Riverside leaving care team");
  run("user", "add", "--council", "Northvale", "--username", "nell", "--name", "Nell Price", "--role", "young_person", "--adviser", "nico", "--date-of-birth", "2007-09-02");
});

test("a young person in another council is given her own council's numbers", async ({ page }) => {
  await signIn(page, "nell");
  await page.getByRole("link", { name: "People who help me" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People who help me" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call the out-of-hours team on 0300 555 0300" })).toHaveAttribute("href", "tel:03005550300");
  await expect(page.getByText("Ask your personal adviser how to get one: you have a right to an advocate.")).toBeVisible();
  await expect(page.getByText("Riverside Advocacy")).toHaveCount(0);
  await expect(page.getByText("0300 123 4567")).toHaveCount(0);
});

test("an adviser in another council sees only his own council's young people", async ({ page }) => {
  await signIn(page, "nico");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Up to date");
  await expect(page.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Nell Price/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Ella Morris/ })).toHaveCount(0);
});
