import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDateTime, formatMonth, Loading, QueryError } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { ReadAloudButton } from "../read-aloud/read-aloud-button";
import { AccountStatusExplanation } from "./account-status-explanation";
import { StatusBadge } from "./status-badge";

/** Who, the account's status in words (with what sealing means), and the balance, read aloud on request. */
export function AccountSummary() {
  const { t, i18n } = useTranslation();
  const w = useWording();
  const summary = useQuery(trpc.citizen.accountSummary.queryOptions());

  if (summary.isPending) return <Loading />;
  if (summary.isError)
    return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;

  const account = summary.data;
  const balance = formatFen(account.balanceFen);
  const zh = i18n.getFixedT("zh-CN");
  // Spoken as "… 元": a Chinese voice may read the ¥ sign as Japanese yen.
  const spoken =
    zh("readAloud.balanceText", { amount: balance.replace("¥", "") }) +
    (account.status === "SEALED" ? zh("readAloud.sealedText") : "");

  return (
    <div className="account-summary">
      <dl className="facts">
        <div>
          <dt>{t("account.name")}</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>{t("account.maskedResidentId")}</dt>
          <dd className="resident-id">{account.maskedResidentId}</dd>
        </div>
        <div>
          <dt>{t("account.statusLabel")}</dt>
          <dd>
            <StatusBadge status={account.status} />
            {account.status === "SEALED" && account.sealedSince ? (
              <span className="sealed-since">
                {" "}
                {t("account.sealedSince", {
                  month: formatMonth(account.sealedSince, i18n.language),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("account.lastPaidMonth")}</dt>
          <dd>
            {account.lastPaidMonth
              ? formatMonth(account.lastPaidMonth, i18n.language)
              : t("account.noPaidMonth")}
          </dd>
        </div>
      </dl>

      <AccountStatusExplanation account={account} />

      <div className="balance">
        <p className="balance-label">{w("account.balance")}</p>
        <p className="balance-amount">{balance}</p>
        <ReadAloudButton text={spoken} label={t("readAloud.balance")} />
        <p className="hint">{t("account.asOf", { time: formatDateTime(account.asOf) })}</p>
      </div>
    </div>
  );
}
