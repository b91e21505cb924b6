import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import "../tax.css";
import { EmployersTable } from "./employers-table";
import { IndividualsTable } from "./individuals-table";

const kinds = ["employers", "individuals"] as const;
type PayerKind = (typeof kinds)[number];

/**
 * 缴费登记: the payers the tax authority registered — employers by credit code, individuals by
 * resident ID — each opening its history; and the two registrations. The list shown is in the
 * address (`?kind=individuals`), so that going back returns to it.
 */
export function PayersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind: PayerKind = params.get("kind") === "individuals" ? "individuals" : "employers";
  useDocumentTitle(t("tax.payers.heading"));

  return (
    <>
      <PageHeading>{t("tax.payers.heading")}</PageHeading>
      <p className="tax-intro">{t("tax.payers.intro")}</p>
      <p className="button-row">
        <Link to="/payers/register-employer" className="button button-primary">
          {t("tax.payers.registerEmployer")}
        </Link>
        <Link to="/payers/register-individual" className="button">
          {t("tax.payers.registerIndividual")}
        </Link>
      </p>
      <nav className="tax-tabs" aria-label={t("tax.payers.kindsLabel")}>
        <ul>
          {kinds.map((each) => (
            <li key={each}>
              <a
                href={each === "employers" ? "?" : `?kind=${each}`}
                aria-current={each === kind ? "page" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setParams(each === "employers" ? {} : { kind: each });
                }}
              >
                {t(`tax.payers.kinds.${each}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {kind === "employers" ? <EmployersTable /> : <IndividualsTable />}
    </>
  );
}
