import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { ReadAloudButton } from "../read-aloud/read-aloud-button";
import { cardProgressSentence } from "./card-progress-sentence";

/**
 * The elder home's card-progress line: the newest application's state and, when the card is
 * waiting, where and until when, with read aloud (in Chinese, whatever the interface language).
 */
export function CardProgressSummary() {
  const { t, i18n } = useTranslation();
  const w = useWording();
  const overview = useQuery(trpc.citizen.card.overview.queryOptions());
  if (!overview.data) return null;
  const newest = overview.data.applications[0] ?? null;
  const shown = cardProgressSentence(t, newest, overview.data.card);
  const spoken = cardProgressSentence(i18n.getFixedT("zh-CN"), newest, overview.data.card);
  return (
    <div className="task-live">
      <p className="task-live-text">{shown}</p>
      <ReadAloudButton text={spoken} label={w("readAloud.cardProgress")} />
    </div>
  );
}
