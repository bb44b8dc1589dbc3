import { test, expect } from "@playwright/test";
import { signIn, DEMO_PASSWORD } from "./helpers";

test("the whole app runs under its content security policy, with nothing refused", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    (window as unknown as { refused: string[] }).refused = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { refused: string[] }).refused.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const first = await page.goto("/");
  expect(first?.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  await signIn(page, "sam");
  await expect(page.getByRole("status")).toContainText("Up to date");
  await page.getByRole("link", { name: /Ella Morris/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ella Morris's plan" })).toBeVisible();
  await page.getByRole("link", { name: "This phone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
  await context.close();
});

test("after too many wrong passwords she is told when she can try again", async ({ page }) => {
  // Jayden's account is not used by any other test, so holding it up for a
  // minute holds up nothing else.
  for (let i = 0; i < 6; i++) {
    await signIn(page, "jayden", "not the password");
    await expect(page.getByRole("alert")).toHaveText("That username and password don't match. Check them and try again.");
  }
  await signIn(page, "jayden", DEMO_PASSWORD);
  await expect(page.getByRole("alert")).toHaveText("Too many tries. To keep the account safe, you can try again in 1 minute.");
  await expect(page).toHaveURL(/\/sign-in$/);
});
