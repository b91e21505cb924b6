import { type AccountSummaryView, mayPayFromAccount } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";

function accountSentenceKey(account: AccountSummaryView): string {
  if (account.status !== "SEALED") return `ecard.account.${account.status}`;
  return account.sealedAccountMayPay ? "ecard.account.SEALED_MAY_PAY" : "ecard.account.SEALED";
}

/** What the account's status means at the till, in one sentence. */
export function AccountAtTheTill({ account }: { account: AccountSummaryView }) {
  const { t, i18n } = useTranslation();
  const refused = !mayPayFromAccount(account.status, account.sealedAccountMayPay);
  return (
    <p
      className={refused ? "notice notice-warning" : "notice"}
      role={refused ? "alert" : undefined}
    >
      {t(accountSentenceKey(account), {
        month: account.sealedSince ? formatMonth(account.sealedSince, i18n.language) : "",
      })}
    </p>
  );
}
