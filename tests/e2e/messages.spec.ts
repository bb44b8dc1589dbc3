import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD, openFromMore, serverCommand, signIn, waitForOfflineShell } from "./helpers";

// A team of its own, so what is said here changes nothing other tests see.
test.beforeAll(() => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "ines", "--name", "Ines Duarte", "--role", "team_manager", "--team", "Eastfield leaving care team");
  serverCommand("user", "add", "--council", "Riverside", "--username", "omar", "--name", "Omar Haddou", "--role", "personal_adviser", "--team", "Eastfield leaving care team");
  serverCommand("user", "add", "--council", "Riverside", "--username", "zara", "--name", "Zara Khan", "--role", "young_person", "--pronouns", "she", "--adviser", "omar", "--date-of-birth", "2006-11-30");
});

test("she writes to her adviser offline; it sends, is delivered and read, and they talk back and forth live", async ({ browser }) => {
  const [zaras, omars, ines] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const zara = await zaras.newPage();
  await signIn(zara, "zara");
  await expect(zara.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(zara);
  await openFromMore(zara, "Messages");
  await expect(zara.getByRole("heading", { level: 1, name: "Messages with Omar" })).toBeVisible();
  await expect(zara.getByText("No messages yet.")).toBeVisible();

  await zaras.setOffline(true);
  await zara.getByLabel("Your message").fill("Can we meet on Friday instead? I've got college Thursday.");
  await zara.getByRole("button", { name: "Send" }).click();
  const mine = zara.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
  await expect(mine).toContainText("Can we meet on Friday instead?");
  await expect(mine).toContainText("Saved on this phone — will send when you're online");
  await expect(zara.getByLabel("Your message")).toHaveValue("");

  const omar = await omars.newPage();
  await signIn(omar, "omar");
  await expect(omar.getByRole("status")).toHaveText("Up to date");
  await zaras.setOffline(false);
  await expect(mine).toContainText(/Sent|Delivered/);
  // His phone has it, though he hasn't opened it: counted, and delivered.
  const messagesLink = omar.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Messages/ });
  await expect(messagesLink).toHaveAccessibleName("Messages 1 unread");
  await expect(mine).toContainText("Delivered", { timeout: 5_000 });
  // Her card on his caseload says she is waiting for an answer.
  await expect(omar.getByRole("link", { name: /Zara Khan/ })).toContainText("Message waiting for an answer");

  await messagesLink.click();
  const conversation = omar.getByRole("link", { name: /Zara Khan/ });
  await expect(conversation).toContainText("1 unread");
  await expect(conversation).toContainText("Zara: Can we meet on Friday instead?");
  await conversation.click();
  await expect(omar.getByRole("heading", { level: 1, name: "Messages with Zara Khan" })).toBeVisible();
  await expect(mine).toContainText(/Read by Omar at \d\d:\d\d/, { timeout: 5_000 });
  await expect(messagesLink).toHaveAccessibleName("Messages");

  // Every line her status says from here on, to check that reading is never
  // called a change of hers that waits to be sent.
  await zara.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const status = document.querySelector(".sync-status [role=status]");
    if (status) {
      new MutationObserver(() => said.push(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
    }
  });
  await omar.getByLabel("Your reply").fill("Friday's fine. 11am at the café by the library?");
  await omar.getByRole("button", { name: "Send" }).click();
  const zaraLink = zara.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /More/ });
  // She is on the conversation, so it is read as it arrives.
  await expect(zara.getByText("Friday's fine. 11am at the café by the library?")).toBeVisible({ timeout: 5_000 });
  const his = omar.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
  await expect(his).toContainText(/Read by Zara at \d\d:\d\d/, { timeout: 5_000 });
  expect(await zara.evaluate(() => (window as unknown as { said: string[] }).said.filter((line) => /will send|Sending/.test(line)))).toEqual([]);
  await expect(zara.getByRole("status")).toHaveText("Up to date");
  await expect(zaraLink).toHaveAccessibleName("More");

  await omar.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Caseload" }).click();
  await expect(omar.getByRole("link", { name: /Zara Khan/ })).not.toContainText("waiting for an answer");
  await omar.goBack();

  await zara.getByLabel("Your message").fill("Perfect, see you there");
  await zara.getByRole("button", { name: "Send" }).click();
  await expect(omar.getByText("Perfect, see you there")).toBeVisible({ timeout: 5_000 });

  for (const page of [zara, omar]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(scan.violations).toEqual([]);
    }
  }

  // Her team manager reads the conversation but doesn't write in it, and
  // her reading it doesn't tell Zara anyone "read" it.
  const inesPage = await ines.newPage();
  await signIn(inesPage, "ines");
  await inesPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
  await inesPage.getByRole("link", { name: /Zara Khan/ }).click();
  await expect(inesPage.getByText("Perfect, see you there")).toBeVisible();
  await expect(inesPage.getByText("Only her adviser writes here.")).toBeVisible();
  await expect(inesPage.getByRole("textbox")).toHaveCount(0);
  await Promise.all([zaras.close(), omars.close(), ines.close()]);
});

test("she is offered notifications only once she has written, and turning them on keeps this phone's subscription", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "leila", "--name", "Leila Amini", "--role", "young_person", "--adviser", "omar", "--date-of-birth", "2007-01-19");
  const context = await browser.newContext();
  // Headless Chromium neither asks a person nor reaches a push service from
  // here: the browser's question (answered yes) and its subscribe stand in,
  // giving what a real phone gives.
  await context.addInitScript(() => {
    let permission: NotificationPermission = "default";
    Object.defineProperty(Notification, "permission", { get: () => permission });
    Notification.requestPermission = async () => (permission = "granted");
    PushManager.prototype.subscribe = async function () {
      const endpoint = `https://fcm.googleapis.com/fcm/send/e2e-${Math.random().toString(36).slice(2)}`;
      const json = { endpoint, expirationTime: null, keys: { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" } };
      return { endpoint, toJSON: () => json } as unknown as PushSubscription;
    };
  });
  const leila = await context.newPage();
  await signIn(leila, "leila");
  await expect(leila.getByRole("heading", { level: 1, name: "Hi Leila" })).toBeVisible();
  await expect(leila.getByRole("group", { name: "Notifications" })).toHaveCount(0);
  await openFromMore(leila, "Messages");
  await expect(leila.getByRole("heading", { level: 1, name: "Messages with Omar" })).toBeVisible();
  await expect(leila.getByRole("group", { name: "Notifications" })).toHaveCount(0);

  await leila.getByLabel("Your message").fill("Hi Omar, it's Leila. Is this the right place to message you?");
  await leila.getByRole("button", { name: "Send" }).click();
  const offer = leila.getByRole("group", { name: "Notifications" });
  await expect(offer).toContainText("Want to know when Omar writes back, even with Pathway closed?");
  await offer.getByRole("button", { name: "Tell me when there's a reply" }).click();
  await expect(leila.getByText("Notifications are on. They only say there's something new, never what.")).toBeVisible();
  await expect(offer).toHaveCount(0);

  // A push arrives, as the push service would deliver it: the phone says
  // only that there is something new.
  await context.grantPermissions(["notifications"]);
  const cdp = await context.newCDPSession(leila);
  const registered = new Promise<string>((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r: { scopeURL: string; isDeleted: boolean }) => !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  const registrationId = await registered;
  // A push delivered while the worker is still starting is lost, as it
  // would be on a phone; each push replaces the last notification (one
  // tag), so delivering again until one shows cannot make two.
  await expect
    .poll(async () => {
      await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(leila.url()).origin, registrationId, data: "" });
      return leila.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => `${n.title}: ${n.body}`));
    })
    .toEqual(["Pathway: There's something new for you in Pathway."]);
  await context.close();
});
