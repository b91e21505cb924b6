import type { Page } from "playwright-core";

interface CitizenCredentials {
  residentId: string;
  password: string;
}

interface StaffCredentials {
  username: string;
  password: string;
}

/** Fills in the citizen app's login form, already on screen, and submits it. */
export async function submitCitizenLogin(page: Page, account: CitizenCredentials): Promise<void> {
  await page.getByLabel("居民身份证号码").fill(account.residentId);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Logs in to the citizen app from its login page and waits for the page behind it. */
export async function logInAsCitizen(page: Page, account: CitizenCredentials): Promise<void> {
  await page.goto("/login");
  await submitCitizenLogin(page, account);
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Logs in to the staff app from its login page and waits for the applications page. */
export async function logInAsStaff(page: Page, account: StaffCredentials): Promise<void> {
  await page.goto("/staff/login");
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/staff/applications");
}

/** Asks the server a tRPC query as the page's signed-in person, the way the apps do. */
export async function askApi(page: Page, procedure: string, input?: unknown) {
  return page.request.post(`/trpc/${procedure}`, {
    headers: { "content-type": "application/json" },
    ...(input === undefined ? {} : { data: input }),
  });
}
