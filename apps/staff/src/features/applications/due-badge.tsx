import { useTranslation } from "react-i18next";
import { dueWords } from "./due-words";

const icons = { overdue: "⛔", today: "⚠", normal: "" } as const;

/**
 * The working days left in words and numbers; overdue and due today also carry an icon and a
 * frame, so that colour is never the only sign (WCAG 1.4.1).
 */
export function DueBadge(props: {
  workingDaysLeft: number;
  overdue?: boolean;
  dueToday?: boolean;
}) {
  const { t } = useTranslation();
  const words = dueWords(props);
  return (
    <span className="due" data-tone={words.tone}>
      {icons[words.tone] ? (
        <span className="due-icon" aria-hidden="true">
          {icons[words.tone]}
        </span>
      ) : null}
      {t(words.key, { count: words.count })}
    </span>
  );
}

/** The due date, marked when it rests on a year whose holiday notice is not out yet. */
export function DueDate({ date, provisional }: { date: string; provisional: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      {date}
      {provisional ? <span className="provisional"> {t("applications.provisional")}</span> : null}
    </span>
  );
}
