import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ActionSection } from "./action-section";
import type { StaffUserRow } from "./staff-users-page";
import { useStaffUserChange } from "./use-staff-user-change";

export function UnlockAction({ user }: { user: StaffUserRow }) {
  const { t } = useTranslation();
  const unlock = useStaffUserChange(() =>
    trpcClient.staff.users.unlock.mutate({ staffUserId: user.id }),
  );
  return (
    <ActionSection
      title={t("staffUsers.unlock")}
      body={t("staffUsers.unlockBody")}
      error={unlock.error}
      done={unlock.isSuccess ? t("staffUsers.unlocked") : null}
    >
      {unlock.isSuccess ? null : (
        <button
          type="button"
          className="button"
          disabled={unlock.isPending}
          aria-busy={unlock.isPending}
          onClick={() => unlock.mutate(undefined)}
        >
          {t("staffUsers.unlockSubmit")}
        </button>
      )}
    </ActionSection>
  );
}
