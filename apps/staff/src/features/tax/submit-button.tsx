import type { ReactNode } from "react";

/** A form's main button; while its request is under way it is busy and takes no second press. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button button-primary" disabled={pending} aria-busy={pending}>
      {children}
    </button>
  );
}
