import { useQueryClient } from "@tanstack/react-query";
import { formatDate, PageHeading, serverNow, useDocumentTitle } from "@yibao/ui";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sessionQueryKey } from "../../trpc";
import { ChangePasswordFormLoader } from "../password/change-password-form-loader";
import { daysUntilExpiry } from "../password/password-expiry";
import { useStaffSession } from "../session/use-staff-session";
import { SignOutEverywhere } from "./sign-out-everywhere";

/** 我的账号: who the account is, when its password expires, changing it, ending every session. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const queryClient = useQueryClient();
  const detailsId = useId();
  const passwordId = useId();
  const [changed, setChanged] = useState(false);
  useDocumentTitle(t("pages.account"));
  if (!session) return null;
  const expiresAt = session.passwordExpiresAt;
  const days = daysUntilExpiry(expiresAt, serverNow());

  return (
    <>
      <PageHeading>{t("pages.account")}</PageHeading>
      <section aria-labelledby={detailsId} className="section">
        <h2 id={detailsId}>{t("account.details")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("account.displayName")}</dt>
            <dd>{session.displayName}</dd>
          </div>
          <div>
            <dt>{t("staff.role")}</dt>
            <dd>{t(`roles.${session.role}`)}</dd>
          </div>
          <div>
            <dt>{t("staff.servicePoint")}</dt>
            <dd>{session.institution?.name ?? session.servicePoint.name}</dd>
          </div>
          <div>
            <dt>{t("account.passwordExpires")}</dt>
            <dd>
              {expiresAt === null
                ? t("account.passwordNeverExpires")
                : t("account.passwordExpiresOn", { date: formatDate(expiresAt), days })}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby={passwordId} className="section">
        <h2 id={passwordId}>{t("account.changePassword")}</h2>
        <p role="status" className={changed ? "notice notice-success" : undefined}>
          {changed ? t("account.passwordChanged") : null}
        </p>
        <ChangePasswordFormLoader
          submitLabel={t("account.changePasswordSubmit")}
          onChanged={async () => {
            setChanged(true);
            await queryClient.invalidateQueries({ queryKey: sessionQueryKey() });
          }}
        />
      </section>
      <SignOutEverywhere />
    </>
  );
}
