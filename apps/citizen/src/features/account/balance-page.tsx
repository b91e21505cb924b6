import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useWording } from "../elder-mode/use-wording";
import { AccountLinks } from "./account-links";
import { AccountSummary } from "./account-summary";
import { BackHomeLink } from "./back-home-link";

/**
 * One task per screen (elder mode's 查余额 tile): the balance and the account's status, then the
 * way to the questions that follow it.
 */
export function BalancePage() {
  const w = useWording();
  useDocumentTitle(w("pages.balance"));
  return (
    <>
      <PageHeading>{w("pages.balance")}</PageHeading>
      <AccountSummary />
      <AccountLinks />
      <BackHomeLink />
    </>
  );
}
