import { formatDateTime } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import type { CardApplicationView } from "./card-types";

/** What has happened to the application, oldest first, each step with its date and time. */
export function ApplicationTimeline({ timeline }: { timeline: CardApplicationView["timeline"] }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline">
      {timeline.map((step, index) => (
        <li
          key={`${step.at}-${index}`}
          className="timeline-step"
          data-last={index === timeline.length - 1 ? "true" : undefined}
        >
          <span className="timeline-action">{t(`card.action.${step.action}`)}</span>
          <span className="timeline-status">{t(`card.status.${step.status}`)}</span>
          <time className="timeline-at" dateTime={step.at}>
            {formatDateTime(step.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
