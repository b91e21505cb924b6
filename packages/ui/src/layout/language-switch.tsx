import { useTranslation } from "react-i18next";
import { changeLanguage } from "../i18n/change-language";

/** Names the other language in that language (中文 / English), as people look for their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t("language.switchToLang");
  return (
    <button
      type="button"
      className="button button-quiet"
      lang={target}
      onClick={() => changeLanguage(target)}
    >
      {t("language.switchTo")}
    </button>
  );
}
