import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { isLanguage, type Language } from "./language";
import { withSharedTexts } from "./with-shared-texts";

const storageKey = "yibao.language";

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : "zh-CN";
  } catch {
    // Private browsing can refuse storage; the default language still works.
    return "zh-CN";
  }
}

/**
 * Starts i18next with the app's texts over the shared components' ones, in the language this
 * device chose last; `<html lang>` follows every change.
 */
export function initI18n(resources: Record<Language, object>): void {
  const language = storedLanguage();
  const texts = withSharedTexts(resources);
  void i18next.use(initReactI18next).init({
    resources: {
      "zh-CN": { translation: texts["zh-CN"] },
      en: { translation: texts.en },
    },
    lng: language,
    fallbackLng: "zh-CN",
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  i18next.on("languageChanged", (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered on this device; the switch still applies now.
    }
  });
}
