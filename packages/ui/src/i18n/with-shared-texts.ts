import { en } from "./en";
import type { Language } from "./language";
import { zhCN } from "./zh-CN";

const sharedTexts: Record<Language, object> = { "zh-CN": zhCN, en };

/** `own` over `shared`, key by key: every text of both, the app's own where both have one. */
function mergeTexts(shared: object, own: object): object {
  const merged: Record<string, unknown> = { ...shared };
  for (const [key, text] of Object.entries(own)) {
    const under = merged[key];
    merged[key] =
      typeof text === "object" && typeof under === "object" && under !== null
        ? mergeTexts(under, text)
        : text;
  }
  return merged;
}

/**
 * An app's resources with the shared components' texts under them, so that each shared text is
 * written once, here, and an app can still word one differently by giving the same key.
 */
export function withSharedTexts(resources: Record<Language, object>): Record<Language, object> {
  return {
    "zh-CN": mergeTexts(sharedTexts["zh-CN"], resources["zh-CN"]),
    en: mergeTexts(sharedTexts.en, resources.en),
  };
}
