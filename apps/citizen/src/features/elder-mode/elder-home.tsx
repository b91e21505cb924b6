import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { Link } from "react-router";
import { CardProgressSummary } from "../card/card-progress-summary";
import { PageNoticeBanner } from "../layout/page-notice";
import { elderTasks } from "./elder-tasks";
import { useWording } from "./use-wording";

export function ElderHome({ name }: { name: string }) {
  const w = useWording();
  const tasksHeadingId = useId();
  useDocumentTitle(w("pages.home"));
  return (
    <>
      <PageHeading>{w("home.greeting", { name })}</PageHeading>
      <PageNoticeBanner />
      <section aria-labelledby={tasksHeadingId}>
        <h2 id={tasksHeadingId}>{w("home.tasks")}</h2>
        <ul className="task-tiles">
          {elderTasks.map((task) => (
            <li key={task.id}>
              {/* The name is the whole visible text (WCAG 2.5.3), starting with the task's label. */}
              <Link className="task-tile" to={task.path}>
                <span className="task-tile-label">{w(`tasks.${task.id}.label`)}</span>
                <span className="task-tile-description">{w(`tasks.${task.id}.description`)}</span>
              </Link>
              {/* Beside the tile, not in it: a button may not sit inside a link. */}
              {task.live === "cardProgress" ? <CardProgressSummary /> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
