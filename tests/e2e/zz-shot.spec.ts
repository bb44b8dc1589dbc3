import { test, expect } from "@playwright/test";
import { signIn } from "./helpers";
test("shots", async ({ browser }) => {
  for (const scheme of ["light", "dark"] as const) {
    const c = await browser.newContext({ colorScheme: scheme });
    const ella = await c.newPage();
    await signIn(ella, "ella");
    await expect(ella.getByRole("heading", { name: "Hi Ella" })).toBeVisible();
    await expect(ella.getByRole("status")).toContainText("Up to date");
    await ella.screenshot({ path: `/tmp/shots/home-${scheme}.png` });
    await ella.getByRole("link", { name: "People who help me" }).click();
    await expect(ella.getByRole("heading", { name: "People who help me" })).toBeVisible();
    await ella.screenshot({ path: `/tmp/shots/help-${scheme}.png`, fullPage: true });
    await ella.getByRole("link", { name: "More" }).click();
    await ella.screenshot({ path: `/tmp/shots/more-${scheme}.png` });
    await c.close();
  }
});
