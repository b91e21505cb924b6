import type { AccountSummaryView } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { useWording } from "../elder-mode/use-wording";

/**
 * What the account's status means, in words (DOMAIN.md, "The account"): for a sealed account
 * why (no contributions after the last paid month) and what sealing means in this county
 * (`sealedAccountMayPay`); for the others one short line.
 */
export function AccountStatusExplanation({ account }: { account: AccountSummaryView }) {
  const { t, i18n } = useTranslation();
  const w = useWording();
  if (account.status === "SEALED") {
    return (
      <div className="notice notice-warning account-status-explanation">
        {account.lastPaidMonth ? (
          <p className="notice-heading">
            {t("account.sealedWhy", { month: formatMonth(account.lastPaidMonth, i18n.language) })}
          </p>
        ) : null}
        <p>
          {w(
            account.sealedAccountMayPay
              ? "account.sealedMayPayExplanation"
              : "account.sealedExplanation",
          )}
        </p>
      </div>
    );
  }
  return (
    <p className="notice account-status-explanation">
      {t(
        account.status === "ACTIVE"
          ? "account.activeExplanation"
          : "account.noContributionsExplanation",
      )}
    </p>
  );
}
