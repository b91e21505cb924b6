import type { AccountLookUpReason } from "@yibao/domain";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import "./bureau.css";
import { type LookedUpAccount, LookUpForm } from "./look-up-form";
import { LookUpResult } from "./look-up-result";

interface Found {
  account: LookedUpAccount;
  reason: AccountLookUpReason;
}

/**
 * 余额查询 (DOMAIN.md, "Asking for the balance"): the bureau clerk looks a person's account up at
 * the counter, with a reason, and tells them what their own account shows. The form and the
 * result take turns, so the full ID number typed is off the screen while the result is on it,
 * and 新的查询 leaves nothing of the person behind.
 */
export function LookUpPage() {
  const { t } = useTranslation();
  const [found, setFound] = useState<Found | null>(null);
  const [inquiries, setInquiries] = useState(0);
  useDocumentTitle(t("bureau.heading"));

  return (
    <>
      <PageHeading>{t("bureau.heading")}</PageHeading>
      <p>{t("bureau.intro")}</p>
      {found ? (
        <LookUpResult
          account={found.account}
          reason={found.reason}
          onNewInquiry={() => {
            setFound(null);
            setInquiries((count) => count + 1);
          }}
        />
      ) : (
        <LookUpForm
          key={inquiries}
          focusOnMount={inquiries > 0}
          onFound={(account, reason) => setFound({ account, reason })}
        />
      )}
    </>
  );
}
