import { type AccountSummaryView, mayPayFromAccount } from "@yibao/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../account/status-badge";
import type { CardOverview } from "../card/card-types";
import { AccountAtTheTill } from "./account-at-the-till";

interface EcardStatusProps {
  account: AccountSummaryView | undefined;
  card: CardOverview["card"] | undefined;
}

/** Whether paying with the code will work: the personal account's status and the physical card's. */
export function EcardStatus({ account, card }: EcardStatusProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section ecard-status">
      <h2 id={headingId}>{t("ecard.statusHeading")}</h2>
      <dl className="facts">
        {account ? (
          <div>
            <dt>{t("ecard.accountLabel")}</dt>
            <dd>
              <StatusBadge status={account.status} />
            </dd>
          </div>
        ) : null}
        {card !== undefined ? (
          <div>
            <dt>{t("ecard.cardLabel")}</dt>
            <dd>
              {card ? (
                <span className="badge" data-status={`CARD_${card.status}`}>
                  {t(`card.cardStatus.${card.status}`)}
                </span>
              ) : (
                t("ecard.noCard")
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {/* A refusal is said above the code, where it is seen before the code is shown. */}
      {account && mayPayFromAccount(account.status, account.sealedAccountMayPay) ? (
        <AccountAtTheTill account={account} />
      ) : null}
      {card?.status === "REPORTED_LOST" ? (
        <p className="notice">{t("ecard.cardReportedLost")}</p>
      ) : null}
    </section>
  );
}
