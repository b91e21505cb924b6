interface VoiceLike {
  lang: string;
  localService: boolean;
}

/** A Chinese voice, preferring Mandarin as written in the mainland (zh-CN), then one on the device. */
export function chooseChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  const chinese = voices.filter((voice) =>
    voice.lang.toLowerCase().replace("_", "-").startsWith("zh"),
  );
  const rank = (voice: V) =>
    (voice.lang.toLowerCase().replace("_", "-") === "zh-cn" ? 0 : 2) + (voice.localService ? 0 : 1);
  return [...chinese].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
