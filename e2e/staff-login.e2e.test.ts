import { demoAccounts } from "@yibao/db";
import { describe, expect, it } from "vitest";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsStaff } from "./support/log-in";

const { servicePointClerk, countyCentreClerk } = demoAccounts;

describe("staff login", () => {
  const suite = useBrowserSuite();

  const openDesktop = () => suite.open(desktop);

  it("shows a service-point clerk their name, role and service point", async () => {
    const { context, page, errors } = await openDesktop();
    await logInAsStaff(page, servicePointClerk);
    const header = page.getByRole("banner");
    await header.getByText(servicePointClerk.displayName, { exact: true }).waitFor();
    await header.getByText("服务点经办人", { exact: true }).waitFor();
    await header.getByText("城关街道医保服务点", { exact: true }).waitFor();
    expect(await header.textContent()).not.toContain("云溪县医保中心");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the county-centre clerk the county centre", async () => {
    const { context, page, errors } = await openDesktop();
    await logInAsStaff(page, countyCentreClerk);
    const header = page.getByRole("banner");
    await header.getByText(countyCentreClerk.displayName, { exact: true }).waitFor();
    await header.getByText("县医保中心经办人", { exact: true }).waitFor();
    await header.getByText("云溪县医保中心", { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("signs out with the Alt+L shortcut shown on screen", async () => {
    const { context, page, errors } = await openDesktop();
    await logInAsStaff(page, servicePointClerk);
    const hints = page.getByRole("contentinfo").getByRole("list", { name: "快捷键" });
    expect(await hints.textContent()).toMatch(/Alt\s*\+\s*L\s*退出登录/);

    const signedInCookies = await context.cookies();
    await page.keyboard.press("Alt+L");
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    await page.getByRole("status").getByText("您已安全退出。").waitFor();
    expect(new URL(page.url()).pathname).toBe("/staff/login");
    // The server has ended the session too: even the old session cookie no longer signs anyone in.
    await context.addCookies(signedInCookies);
    const answer = await askApi(page, "staff.session");
    expect(answer.status()).toBe(200);
    const session = (await answer.json()) as { result: { data: unknown } };
    expect(session.result.data).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
