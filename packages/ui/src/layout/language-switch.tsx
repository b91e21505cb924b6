import { useTranslation } from "react-i18next";
import { changeLanguage } from "../i18n/change-language";

/** Names the other language in that language (中文 / English), as people look for their own. */
export function LanguageSwitch({ className = "button button-quiet" }: { className?: string }) {
  const { t } = useTranslation();
  const target = t("language.switchToLang");
  return (
    <button
      type="button"
      className={className}
      lang={target}
      onClick={() => changeLanguage(target)}
    >
      {t("language.switchTo")}
    </button>
  );
}
