import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

const links = [
  {
    path: "/balance/outlook",
    label: "outlook.question",
    description: "account.outlookDescription",
  },
  {
    path: "/transactions",
    label: "account.transactionsLink",
    description: "account.transactionsDescription",
  },
  {
    path: "/contributions",
    label: "account.contributionsLink",
    description: "account.contributionsDescription",
  },
] as const;

/** Below the balance: the questions people ask next — will it last, where did it go, what came in. */
export function AccountLinks() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t("account.more")}</h2>
      <ul className="link-rows">
        {links.map((link) => (
          <li key={link.path}>
            <Link to={link.path} className="link-row">
              <span className="link-row-label">{t(link.label)}</span>
              <span className="link-row-description">{t(link.description)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
