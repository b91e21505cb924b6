import { type StaffRole, staffRoleSchema, staffRoles } from "@yibao/domain";
import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ActionSection } from "./action-section";
import type { StaffUserRow } from "./staff-users-page";
import { useStaffUserChange } from "./use-staff-user-change";

/** Only the security officer grants roles, the privileged ones included (三员分立). */
export function GrantRoleAction({ user }: { user: StaffUserRow }) {
  const { t } = useTranslation();
  const roleId = useId();
  const grant = useStaffUserChange((role: StaffRole) =>
    trpcClient.staff.users.grantRole.mutate({ staffUserId: user.id, role }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const select = event.currentTarget.elements.namedItem("role");
    const parsed = staffRoleSchema.safeParse(
      select instanceof HTMLSelectElement ? select.value : "",
    );
    if (parsed.success) grant.mutate(parsed.data);
  }

  return (
    <ActionSection
      title={t("staffUsers.grantRole")}
      body={t("staffUsers.grantRoleBody")}
      error={grant.error}
      done={
        grant.isSuccess && grant.variables
          ? t("staffUsers.roleGranted", { role: t(`roles.${grant.variables}`) })
          : null
      }
    >
      <form className="inline-form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={roleId} className="field-label">
            {t("staffUsers.newRole")}
          </label>
          <select id={roleId} name="role" className="input" defaultValue={user.role}>
            {staffRoles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button"
          disabled={grant.isPending}
          aria-busy={grant.isPending}
        >
          {t("staffUsers.grantRoleSubmit")}
        </button>
      </form>
    </ActionSection>
  );
}
