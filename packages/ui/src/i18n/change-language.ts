import i18next from "i18next";
import { isLanguage } from "./language";

export function changeLanguage(language: string): void {
  if (isLanguage(language)) void i18next.changeLanguage(language);
}
