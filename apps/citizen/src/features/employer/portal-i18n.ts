import i18next, { type i18n } from "i18next";
import { employerEn } from "./employer-texts-en";
import { employerZhCN } from "./employer-texts-zh-cn";

/**
 * The portal's own i18next instance: its namespace first, then the citizen app's texts (with the
 * shared ones) as they were started, so that the portal can word `app.name` or a login failure
 * for agents without changing a word of the citizen pages. It follows the app's language switch.
 * Made when the portal is first opened: the citizen's first load carries none of its texts.
 */
export function createPortalI18n(): i18n {
  const portal = i18next.createInstance();
  const appTexts = (language: string) => i18next.getResourceBundle(language, "translation");
  void portal.init({
    resources: {
      "zh-CN": { employer: employerZhCN, translation: appTexts("zh-CN") },
      en: { employer: employerEn, translation: appTexts("en") },
    },
    ns: ["employer", "translation"],
    defaultNS: "employer",
    fallbackNS: "translation",
    lng: i18next.language,
    fallbackLng: "zh-CN",
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  i18next.on("languageChanged", (language) => void portal.changeLanguage(language));
  return portal;
}
