import { Fragment, useId } from "react";
import { useTranslation } from "react-i18next";

export interface ShortcutHint {
  keys: string;
  labelKey: string;
}

/** The shortcuts, always visible, so that nobody has to remember them. */
export function ShortcutHints({
  hints,
  titleKey = "shortcuts.heading",
}: {
  hints: readonly ShortcutHint[];
  titleKey?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="shortcut-hints">
      <p id={headingId} className="shortcut-hints-title">
        {t(titleKey)}
      </p>
      <ul aria-labelledby={headingId}>
        {hints.map((hint) => (
          <li key={hint.keys}>
            <kbd>
              {hint.keys.split("+").map((key, index) => (
                <Fragment key={key}>
                  {index > 0 ? "+" : null}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </kbd>{" "}
            {t(hint.labelKey)}
          </li>
        ))}
      </ul>
    </div>
  );
}
