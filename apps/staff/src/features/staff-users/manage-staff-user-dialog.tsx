import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { GrantRoleAction } from "./grant-role-action";
import { ResetPasswordAction } from "./reset-password-action";
import { ResetSecondFactorAction } from "./reset-second-factor-action";
import { SetActiveAction } from "./set-active-action";
import type { StaffUserAction } from "./staff-user-actions";
import type { StaffUserRow } from "./staff-users-page";
import { UnlockAction } from "./unlock-action";

interface ManageStaffUserDialogProps {
  user: StaffUserRow;
  actions: readonly StaffUserAction[];
  onClose: () => void;
}

const sections: Record<StaffUserAction, (user: StaffUserRow) => ReactNode> = {
  resetPassword: (user) => <ResetPasswordAction user={user} />,
  resetSecondFactor: (user) => <ResetSecondFactorAction user={user} />,
  setActive: (user) => <SetActiveAction user={user} />,
  unlock: (user) => <UnlockAction user={user} />,
  grantRole: (user) => <GrantRoleAction user={user} />,
};

/**
 * The changes the signed-in role may make to one account, in a modal dialog (Escape or the
 * close button ends it; focus goes back to the row's button). A temporary password shown in it
 * is gone once it closes.
 */
export function ManageStaffUserDialog({ user, actions, onClose }: ManageStaffUserDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="manage-dialog" onClose={onClose}>
      <div className="manage-dialog-heading">
        <h2 id={titleId}>
          {t("staffUsers.manageTitle", { username: user.username, name: user.displayName })}
        </h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t("staffUsers.close")}
        </button>
      </div>
      <p className="hint">
        {t(`roles.${user.role}`)} · {user.servicePoint.name} ·{" "}
        {t(user.active ? "staffUsers.isActive" : "staffUsers.isInactive")}
      </p>
      {actions.map((action) => (
        <div key={action}>{sections[action](user)}</div>
      ))}
    </dialog>
  );
}
