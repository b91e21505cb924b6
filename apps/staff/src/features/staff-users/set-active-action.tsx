import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ActionSection } from "./action-section";
import type { StaffUserRow } from "./staff-users-page";
import { useStaffUserChange } from "./use-staff-user-change";

/** 停用 ends the account's use (and its sessions) without deleting who did what; 启用 undoes it. */
export function SetActiveAction({ user }: { user: StaffUserRow }) {
  const { t } = useTranslation();
  const change = useStaffUserChange((active: boolean) =>
    trpcClient.staff.users.setActive.mutate({ staffUserId: user.id, active }),
  );
  const next = !user.active;
  return (
    <ActionSection
      title={t(next ? "staffUsers.activate" : "staffUsers.deactivate")}
      body={t(next ? "staffUsers.activateBody" : "staffUsers.deactivateBody")}
      error={change.error}
      done={
        change.isSuccess
          ? t(change.variables ? "staffUsers.activated" : "staffUsers.deactivated")
          : null
      }
    >
      <button
        type="button"
        className="button"
        disabled={change.isPending}
        aria-busy={change.isPending}
        onClick={() => change.mutate(next)}
      >
        {t(next ? "staffUsers.activateSubmit" : "staffUsers.deactivateSubmit")}
      </button>
    </ActionSection>
  );
}
