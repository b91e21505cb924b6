import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useElderMode } from "../elder-mode/use-elder-mode";
import { useChineseVoice } from "./use-chinese-voice";

interface ReadAloudButtonProps {
  /** Chinese text to speak, whatever the interface language. */
  text: string;
  /** The button's name, e.g. "朗读余额". */
  label: string;
}

/** Speaks `text` with a Chinese voice; not shown at all where the browser has none. */
export function ReadAloudButton({ text, label }: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const voice = useChineseVoice();
  const elderMode = useElderMode();
  const [speaking, setSpeaking] = useState(false);

  // Leaving the page stops the voice.
  useEffect(() => () => window.speechSynthesis?.cancel(), []);

  if (!voice) return null;

  function toggle() {
    const synthesis = window.speechSynthesis;
    synthesis.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice?.lang ?? "zh-CN";
    utterance.rate = elderMode ? 0.85 : 1;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synthesis.speak(utterance);
  }

  return (
    <button type="button" className="button read-aloud" onClick={toggle}>
      {speaking ? t("readAloud.stop") : label}
    </button>
  );
}
