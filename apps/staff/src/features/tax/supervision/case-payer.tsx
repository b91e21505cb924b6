import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterOutputs } from "../../../api-types";

type CasePayer = RouterOutputs["staff"]["tax"]["case"]["payer"];

/** Against whom a case is: an employer by name and credit code, or a person masked; a link to the payer. */
export function CasePayerName({ payer }: { payer: CasePayer }) {
  const { t } = useTranslation();
  return payer.kind === "EMPLOYER" ? (
    <>
      <Link to={`/payers/employers/${payer.employerId}`}>{payer.name}</Link>
      <span className="tax-detail nowrap">{payer.creditCode}</span>
    </>
  ) : (
    <>
      <Link to={`/payers/people/${payer.personId}`}>{payer.name || t("tax.none")}</Link>
      <span className="tax-detail resident-id nowrap">{payer.maskedResidentId}</span>
    </>
  );
}
