import type { Wording } from "@yibao/ui";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useElderMode } from "./use-elder-mode";

/**
 * `t` that prefers the plainer `elder.<key>` wording in elder mode and falls back to `<key>`,
 * so a component never branches on the mode for its texts.
 */
export function useWording(): Wording {
  const { t } = useTranslation();
  const elderMode = useElderMode();
  return useCallback(
    (key: string, values?: Record<string, string | number>) =>
      t(elderMode ? [`elder.${key}`, key] : key, { ...values }),
    [t, elderMode],
  );
}
