import { useTranslation } from "react-i18next";
import type { StaffSession } from "../../api-types";

/** Who is signed in, in which role, at which office: the header's first facts. */
export function StaffWho({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  return (
    <dl className="who" aria-label={t("staff.who")}>
      <div>
        <dt className="visually-hidden">{t("staff.who")}</dt>
        <dd className="who-name">{session.displayName}</dd>
      </div>
      <div>
        <dt className="visually-hidden">{t("staff.role")}</dt>
        <dd>{t(`roles.${session.role}`)}</dd>
      </div>
      <div>
        <dt className="visually-hidden">{t("staff.servicePoint")}</dt>
        {/* An institution's operator works for the pharmacy or hospital, not for the county centre
            that holds the account. */}
        <dd>{session.institution?.name ?? session.servicePoint.name}</dd>
      </div>
    </dl>
  );
}
