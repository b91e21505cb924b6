import { useQueryClient } from "@tanstack/react-query";
import { Loading, PageHeading, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router";
import { sessionQueryKey } from "../../trpc";
import { useStaffSession } from "../session/use-staff-session";
import { ChangePasswordFormLoader } from "./change-password-form-loader";

/**
 * 修改密码 as a step that must come first: a password set by an administrator (a temporary one)
 * or one that has expired. Nothing else opens until it is done.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Once changed, wait here for the session's new stage, then go to work (not to the account page).
  const [changed, setChanged] = useState(false);
  useDocumentTitle(t("pages.changePassword"));
  if (changed) return <Loading />;
  if (session && session.stage !== "PASSWORD_CHANGE") return <Navigate to="/account" replace />;

  return (
    <>
      <PageHeading>{t("pages.changePassword")}</PageHeading>
      <p className="notice notice-warning">{t("password.mustChange")}</p>
      <ChangePasswordFormLoader
        submitLabel={t("password.setNew")}
        onChanged={async () => {
          setChanged(true);
          await queryClient.refetchQueries({ queryKey: sessionQueryKey() });
          navigate("/", { replace: true });
        }}
      />
    </>
  );
}
