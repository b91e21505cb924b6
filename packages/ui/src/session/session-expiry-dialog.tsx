import { useEffect, useId, useRef } from "react";
import { useWordingOrPlain, type Wording } from "../i18n/wording";

interface SessionExpiryDialogProps {
  open: boolean;
  minutes: number;
  seconds: number;
  onStay: () => void;
  onSignOut: () => void;
  /** Defaults to plain `t`. */
  wording?: Wording | undefined;
}

/** The 2-minute warning: a modal alert dialog that takes focus, labelled by its heading. */
export function SessionExpiryDialog({
  open,
  minutes,
  seconds,
  onStay,
  onSignOut,
  wording,
}: SessionExpiryDialogProps) {
  const w = useWordingOrPlain(wording);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      stay.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="session-dialog"
      onCancel={(event) => {
        // Escape keeps the person signed in: they are clearly there.
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={titleId}>{w("session.warningTitle")}</h2>
      <p id={bodyId}>{w("session.warningBody")}</p>
      <p className="session-countdown" role="timer">
        {w("session.remaining", { minutes, seconds })}
      </p>
      <div className="button-row">
        <button ref={stay} type="button" className="button button-primary" onClick={onStay}>
          {w("session.staySignedIn")}
        </button>
        <button type="button" className="button" onClick={onSignOut}>
          {w("session.signOut")}
        </button>
      </div>
    </dialog>
  );
}
