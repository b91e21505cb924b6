/** How a due date reads: in words with the number, and how loudly (never by colour alone). */
export interface DueWords {
  key: "applications.due.overdue" | "applications.due.today" | "applications.due.left";
  count: number;
  tone: "overdue" | "today" | "normal";
}

/**
 * "还剩 2 个工作日", "今天到期", "已超期 1 个工作日" from the API's working days left (negative when
 * overdue) and its overdue / due-today flags, which are the server's reading of the calendar.
 */
export function dueWords(due: {
  workingDaysLeft: number;
  overdue?: boolean;
  dueToday?: boolean;
}): DueWords {
  const overdue = due.overdue ?? due.workingDaysLeft < 0;
  if (overdue) {
    return {
      key: "applications.due.overdue",
      count: Math.max(1, -due.workingDaysLeft),
      tone: "overdue",
    };
  }
  if (due.dueToday ?? due.workingDaysLeft === 0) {
    return { key: "applications.due.today", count: 0, tone: "today" };
  }
  return { key: "applications.due.left", count: due.workingDaysLeft, tone: "normal" };
}
