import { failureMessage } from "@yibao/ui";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../forms/form-alert";

interface ConfirmActionProps {
  /** The first button's words, e.g. "撤回申请". */
  label: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel?: () => void;
}

/**
 * An action that cannot be undone, taken after a second press: the question opens in place and
 * takes focus (no pop-up, docs/accessibility.md); cancelling returns focus to the first button.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={openRef} type="button" className="button" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm">
      <FormAlert message={error ? failureMessage(t, error) : null} />
      <p ref={questionRef} tabIndex={-1} className="confirm-question">
        {question}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? t("card.pending") : confirmLabel}
        </button>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => {
            returnFocus.current = true;
            onCancel?.();
            setConfirming(false);
          }}
        >
          {t("card.cancel")}
        </button>
      </div>
    </div>
  );
}
