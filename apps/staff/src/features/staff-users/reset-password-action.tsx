import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ActionSection } from "./action-section";
import type { StaffUserRow } from "./staff-users-page";
import { TemporaryPassword } from "./temporary-password";
import { useStaffUserChange } from "./use-staff-user-change";

export function ResetPasswordAction({ user }: { user: StaffUserRow }) {
  const { t } = useTranslation();
  const reset = useStaffUserChange(() =>
    trpcClient.staff.users.resetPassword.mutate({ staffUserId: user.id }),
  );
  return (
    <ActionSection
      title={t("staffUsers.resetPassword")}
      body={t("staffUsers.resetPasswordBody")}
      error={reset.error}
      done={null}
    >
      {reset.data ? (
        <TemporaryPassword password={reset.data.temporaryPassword} />
      ) : (
        <button
          type="button"
          className="button"
          disabled={reset.isPending}
          aria-busy={reset.isPending}
          onClick={() => reset.mutate(undefined)}
        >
          {t("staffUsers.resetPasswordSubmit")}
        </button>
      )}
    </ActionSection>
  );
}
