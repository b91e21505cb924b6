import { dayOfWeek, isIsoDate } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import { DataTableRegion } from "../tables/data-table-region";
import { type CalendarList, type CalendarRow, calendarRowsOf, problemKey } from "./calendar-rows";

interface CalendarDayTableProps {
  list: CalendarList;
  rows: CalendarRow[];
  /** Each problem's sentence, by field (`holidays.2.date`) and list (`holidays`). */
  problems: Readonly<Record<string, string>>;
  idPrefix: string;
  /** Omitted: the rows are shown, not edited. */
  onChange?: (rows: CalendarRow[]) => void;
}

/** One list of a year's notice (holidays or make-up working days): date, weekday, holiday. */
export function CalendarDayTable({
  list,
  rows,
  problems,
  idPrefix,
  onChange,
}: CalendarDayTableProps) {
  const { t } = useTranslation();
  const headingId = `${idPrefix}-${list}-heading`;
  const listProblem = problems[list];
  const weekdayOf = (date: string) =>
    isIsoDate(date) ? t(`calendar.weekdays.${dayOfWeek(date)}`) : "";
  const update = (index: number, field: "date" | "name", value: string) =>
    onChange?.(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));

  return (
    <div className="section">
      <h2 id={headingId}>{t(`calendar.${list}.heading`)}</h2>
      {listProblem ? (
        <p id={`${idPrefix}-${list}`} className="field-error" tabIndex={-1}>
          {listProblem}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{t(`calendar.${list}.none`)}</p>
      ) : (
        <DataTableRegion label={t(`calendar.${list}.heading`)}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("calendar.columns.date")}</th>
                <th scope="col">{t("calendar.columns.weekday")}</th>
                <th scope="col">{t("calendar.columns.name")}</th>
                {onChange ? <th scope="col">{t("calendar.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const row1 = index + 1;
                const field = (name: "date" | "name") => {
                  const key = problemKey([list, index, name]);
                  return { id: `${idPrefix}-${key}`, problem: problems[key] ?? null };
                };
                const date = field("date");
                const name = field("name");
                return (
                  <tr
                    key={row.key}
                    data-refused={date.problem || name.problem ? "true" : undefined}
                  >
                    {onChange ? (
                      <>
                        <td>
                          <CellInput
                            {...date}
                            type="date"
                            value={row.date}
                            label={t("calendar.rowLabel", {
                              row: row1,
                              column: t("calendar.columns.date"),
                            })}
                            onChange={(value) => update(index, "date", value)}
                          />
                        </td>
                        <td>{weekdayOf(row.date)}</td>
                        <td>
                          <CellInput
                            {...name}
                            type="text"
                            value={row.name}
                            label={t("calendar.rowLabel", {
                              row: row1,
                              column: t("calendar.columns.name"),
                            })}
                            onChange={(value) => update(index, "name", value)}
                          />
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => onChange(rows.filter((_, at) => at !== index))}
                          >
                            {t("calendar.remove")}
                            <span className="visually-hidden">
                              {" "}
                              {t("calendar.removeRow", { row: row1 })}
                            </span>
                          </button>
                        </td>
                      </>
                    ) : (
                      <>
                        <td className="nowrap">{row.date}</td>
                        <td>{weekdayOf(row.date)}</td>
                        <td>{row.name}</td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </DataTableRegion>
      )}
      {onChange ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => onChange([...rows, ...calendarRowsOf([{ date: "", name: "" }])])}
          >
            {t(`calendar.${list}.add`)}
          </button>
        </p>
      ) : null}
    </div>
  );
}

interface CellInputProps {
  id: string;
  type: "date" | "text";
  label: string;
  value: string;
  problem: string | null;
  onChange: (value: string) => void;
}

/** An input in a table cell, named by its row and column, its problem said below it. */
function CellInput({ id, type, label, value, problem, onChange }: CellInputProps) {
  return (
    <div className="field" data-invalid={problem ? "true" : undefined}>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        maxLength={type === "text" ? 40 : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {problem ? (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
