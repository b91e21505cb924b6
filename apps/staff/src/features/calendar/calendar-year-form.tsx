import { useMutation, useQueryClient } from "@tanstack/react-query";
import { calendarYearEntrySchema } from "@yibao/domain";
import { failureMessage, issuesFromParse, readServerError, TextField } from "@yibao/ui";
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs, RouterOutputs } from "../../api-types";
import { trpc, trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { CalendarDayTable } from "./calendar-day-table";
import { type CalendarRow, calendarRowsOf, problemKey } from "./calendar-rows";
import { type CalendarCsvProblem, parseCalendarCsv } from "./parse-calendar-csv";

type CalendarYear = RouterOutputs["staff"]["calendar"]["get"];
type SetYearInput = RouterInputs["staff"]["calendar"]["setYear"];

type ImportOutcome =
  | { file: string; problems: CalendarCsvProblem[] }
  | { file: string; holidays: number; makeUpWorkdays: number };

/**
 * The administrator's form for one year's notice: the holidays and make-up working days as rows
 * (typed, or imported from a CSV file), and the notice's name. Every problem is shown at its row
 * before anything is sent, by the same check the server makes.
 */
export function CalendarYearForm({ calendar }: { calendar: CalendarYear }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const noticeRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const { year } = calendar;
  const [notice, setNotice] = useState(calendar.notice);
  const [holidays, setHolidays] = useState(() => calendarRowsOf(calendar.holidays));
  const [makeUpWorkdays, setMakeUpWorkdays] = useState(() =>
    calendarRowsOf(calendar.makeUpWorkdays),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);

  const save = useMutation({
    mutationFn: (input: SetYearInput) => trpcClient.staff.calendar.setYear.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.calendar.pathKey() }),
    onError: (error) => {
      const found = problemsOf(readServerError(error).issues);
      if (Object.keys(found).length > 0) show(found);
      else setFormError(failureMessage(t, error));
    },
  });

  function problemsOf(issues: readonly { path: readonly string[]; code: string }[]) {
    const found: Record<string, string> = {};
    for (const issue of issues) {
      const key = problemKey(issue.path);
      found[key] ??= t([`calendar.problems.${issue.code}`, "issues.generic"]);
    }
    return found;
  }

  /** Shows the problems and moves focus to the first, in the order of the page. */
  function show(found: Record<string, string>) {
    setProblems(found);
    setFormError(t("calendar.problemsSummary", { count: Object.keys(found).length }));
    const order = [
      "notice",
      "holidays",
      ...holidays.flatMap((_, index) => [`holidays.${index}.date`, `holidays.${index}.name`]),
      "makeUpWorkdays",
      ...makeUpWorkdays.flatMap((_, index) => [
        `makeUpWorkdays.${index}.date`,
        `makeUpWorkdays.${index}.name`,
      ]),
    ];
    const first = order.find((key) => found[key]);
    // After React has drawn the problems: the list's sentence is focusable only once shown.
    requestAnimationFrame(() => {
      const element =
        first === "notice"
          ? noticeRef.current
          : first
            ? document.getElementById(`${idPrefix}-${first}`)
            : null;
      element?.focus();
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    setImported(null);
    const days = (rows: CalendarRow[]) => rows.map(({ date, name }) => ({ date, name }));
    const entry = {
      year,
      notice,
      holidays: days(holidays),
      makeUpWorkdays: days(makeUpWorkdays),
    };
    const parsed = calendarYearEntrySchema.safeParse(entry);
    if (!parsed.success) {
      show(problemsOf(issuesFromParse(parsed.error.issues)));
      return;
    }
    setProblems({});
    setFormError(null);
    save.mutate(parsed.data);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    save.reset();
    const read = parseCalendarCsv(await file.text());
    // The same file chosen again (after correcting it) must fire the change once more.
    input.value = "";
    if (read.problems.length > 0) {
      setImported({ file: file.name, problems: read.problems });
      return;
    }
    setHolidays(calendarRowsOf(read.holidays));
    setMakeUpWorkdays(calendarRowsOf(read.makeUpWorkdays));
    setProblems({});
    setFormError(null);
    setImported({
      file: file.name,
      holidays: read.holidays.length,
      makeUpWorkdays: read.makeUpWorkdays.length,
    });
  }

  const fileId = `${idPrefix}-file`;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={save.isPending}>
      <FormError message={formError} />
      <TextField
        ref={noticeRef}
        name="notice"
        label={t("calendar.notice.label")}
        hint={t("calendar.notice.hint", { year })}
        error={problems.notice ?? null}
        value={notice}
        maxLength={200}
        onChange={(event) => setNotice(event.currentTarget.value)}
        autoComplete="off"
      />
      <section className="section" aria-labelledby={`${fileId}-heading`}>
        <h2 id={`${fileId}-heading`}>{t("calendar.import.heading")}</h2>
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            {t("calendar.import.label")}
          </label>
          <p id={`${fileId}-hint`} className="hint">
            {t("calendar.import.hint")}
          </p>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => void onFile(event)}
          />
        </div>
        <div role="status">
          {imported && "holidays" in imported ? (
            <p className="notice notice-success">{t("calendar.import.done", imported)}</p>
          ) : null}
        </div>
        {imported && "problems" in imported ? (
          <div className="notice notice-error" role="alert">
            <p>{t("calendar.import.failed", { file: imported.file })}</p>
            <ul>
              {imported.problems.map((problem) => {
                const words = t(`calendar.import.problems.${problem.code}`);
                return (
                  <li key={`${problem.line}-${problem.code}`}>
                    {problem.line > 0
                      ? t("calendar.import.problemAtLine", { line: problem.line, problem: words })
                      : words}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </section>
      <CalendarDayTable
        list="holidays"
        rows={holidays}
        problems={problems}
        idPrefix={idPrefix}
        onChange={setHolidays}
      />
      <CalendarDayTable
        list="makeUpWorkdays"
        rows={makeUpWorkdays}
        problems={problems}
        idPrefix={idPrefix}
        onChange={setMakeUpWorkdays}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t("calendar.saving") : t("calendar.save", { year })}
        </button>
      </div>
      <div role="status">
        {save.data ? (
          <div className="notice notice-success">
            <p>{t("calendar.saved", { year })}</p>
            <p>
              {save.data.redatedApplications > 0
                ? t("calendar.redated", { count: save.data.redatedApplications })
                : t("calendar.noneRedated")}
            </p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
