import { formatMonth } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TaxTable } from "../tax-table";
import { AddEmployeeForm } from "./add-employee-form";
import { EndEmploymentForm } from "./end-employment-form";
import type { PayerHistory } from "./payer-history-types";

interface EmployeesSectionProps {
  employerId: string;
  employees: PayerHistory["employees"];
  /** Only a registered employer takes new employees or ends a link. */
  registered: boolean;
  onDone: (message: string) => void;
}

/** 参保职工: the people the employer pays for, each link with its first and last month. */
export function EmployeesSection({
  employerId,
  employees,
  registered,
  onDone,
}: EmployeesSectionProps) {
  const { t, i18n } = useTranslation();
  const [ending, setEnding] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const month = (value: string | null) =>
    value ? formatMonth(value, i18n.language) : t("tax.history.stillEmployed");

  return (
    <>
      {employees.length === 0 ? (
        <p className="muted">{t("tax.history.noEmployees")}</p>
      ) : (
        <TaxTable
          label={t("tax.history.employeesTable")}
          columns={[
            t("tax.payers.column.name"),
            t("tax.payers.column.residentId"),
            t("tax.fields.fromMonth.label"),
            t("tax.fields.toMonth.label"),
            ...(registered ? [t("tax.history.column.action")] : []),
          ]}
        >
          {employees.map((employee) => (
            <tr
              key={employee.employmentId}
              data-inactive={employee.toMonth === null ? undefined : "true"}
            >
              <th scope="row">{employee.name}</th>
              <td className="resident-id nowrap">{employee.maskedResidentId}</td>
              <td className="nowrap">{month(employee.fromMonth)}</td>
              <td className="nowrap">{month(employee.toMonth)}</td>
              {registered ? (
                <td>
                  {employee.toMonth === null ? (
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={ending === employee.employmentId}
                      aria-label={t("tax.history.endEmploymentOf", { name: employee.name })}
                      onClick={() =>
                        setEnding((open) =>
                          open === employee.employmentId ? null : employee.employmentId,
                        )
                      }
                    >
                      {t("tax.history.endEmployment")}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </TaxTable>
      )}
      {ending ? (
        <EndEmploymentForm
          key={ending}
          employee={employees.find((employee) => employee.employmentId === ending) ?? null}
          onDone={(message) => {
            setEnding(null);
            onDone(message);
          }}
          onClose={() => setEnding(null)}
        />
      ) : null}
      {registered ? (
        adding ? (
          <AddEmployeeForm
            employerId={employerId}
            onDone={(message) => {
              setAdding(false);
              onDone(message);
            }}
            onClose={() => setAdding(false)}
          />
        ) : (
          <p className="tax-add">
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t("tax.history.addEmployee")}
            </button>
          </p>
        )
      ) : null}
    </>
  );
}
