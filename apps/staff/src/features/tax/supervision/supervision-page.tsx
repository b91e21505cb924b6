import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { formatDateTime, PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { trpc } from "../../../trpc";
import { SelectField } from "../../forms/select-field";
import { ListTable } from "../list-table";
import { RowLink } from "../row-link";
import "../tax.css";
import { CasePayerName } from "./case-payer";
import { CaseStatusBadge } from "./case-status-badge";

const statuses = ["OPEN", "CLOSED", "ALL"] as const;
type Status = (typeof statuses)[number];

/**
 * 稽核: the supervision cases against payers, the open ones by default, newest first; each opens
 * its history. A case is opened from the arrears list or a payer's page, where the payer is.
 */
export function SupervisionPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get("status");
  const status: Status = statuses.find((each) => each === asked) ?? "OPEN";
  const cases = useQuery({
    ...trpc.staff.tax.cases.queryOptions({ status }),
    placeholderData: keepPreviousData,
  });
  useDocumentTitle(t("tax.supervision.heading"));

  return (
    <>
      <PageHeading>{t("tax.supervision.heading")}</PageHeading>
      <p className="tax-intro">{t("tax.supervision.intro")}</p>
      <p>
        <Link to="/arrears">{t("tax.supervision.fromArrears")}</Link>
      </p>
      <div className="filter-form">
        <SelectField
          name="status"
          label={t("tax.supervision.show")}
          error={null}
          value={status}
          emptyOption={{ label: t("tax.supervision.statuses.OPEN"), selectable: false }}
          options={statuses.map((code) => ({
            value: code,
            label: t(`tax.supervision.statuses.${code}`),
          }))}
          onChange={(event) =>
            setParams(event.target.value === "OPEN" ? {} : { status: event.target.value })
          }
        />
      </div>
      <ListTable
        list={cases}
        empty={t("tax.supervision.none")}
        label={t("tax.supervision.table")}
        columns={[
          t("tax.supervision.column.payer"),
          t("tax.supervision.column.ground"),
          t("tax.supervision.column.openedAt"),
          t("tax.supervision.column.lastEntry"),
          t("tax.supervision.column.status"),
          t("tax.supervision.column.open"),
        ]}
      >
        {(item) => {
          const last = item.entries.at(-1);
          return (
            <tr key={item.caseId}>
              <th scope="row">
                <CasePayerName payer={item.payer} />
              </th>
              <td>{t(`tax.grounds.${item.ground}`)}</td>
              <td className="nowrap">{formatDateTime(item.openedAt)}</td>
              <td>
                {last
                  ? t("tax.supervision.lastEntry", {
                      kind: t(`tax.entryKinds.${last.kind}`),
                      date: last.occurredOn,
                    })
                  : t("tax.none")}
              </td>
              <td>
                <CaseStatusBadge status={item.status} />
              </td>
              <td>
                <RowLink
                  to={`/supervision/${item.caseId}`}
                  label={t("tax.supervision.openCaseOf", { name: item.payer.name })}
                >
                  {t("tax.supervision.open")}
                </RowLink>
              </td>
            </tr>
          );
        }}
      </ListTable>
    </>
  );
}
