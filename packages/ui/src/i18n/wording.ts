import { useTranslation } from "react-i18next";

/**
 * A `t` with an app's own wording rules: the citizen app's elder mode prefers plainer texts.
 * Shared components take one where an app may word their texts differently.
 */
export type Wording = (key: string, values?: Record<string, string | number>) => string;

/** The wording an app passed in, or plain `t`. */
export function useWordingOrPlain(wording: Wording | undefined): Wording {
  const { t } = useTranslation();
  return wording ?? ((key, values) => t(key, { ...values }));
}
