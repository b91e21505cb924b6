import { useEffect, useState } from "react";
import { chooseChineseVoice } from "./choose-chinese-voice";

function speechSynthesisOrNull(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window
    ? window.speechSynthesis
    : null;
}

/** A Chinese voice of this browser, or null; voices load asynchronously, so listen for them. */
export function useChineseVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => {
    const synthesis = speechSynthesisOrNull();
    return synthesis ? chooseChineseVoice(synthesis.getVoices()) : null;
  });
  useEffect(() => {
    const synthesis = speechSynthesisOrNull();
    if (!synthesis) return;
    const update = () => setVoice(chooseChineseVoice(synthesis.getVoices()));
    update();
    synthesis.addEventListener("voiceschanged", update);
    return () => synthesis.removeEventListener("voiceschanged", update);
  }, []);
  return voice;
}
