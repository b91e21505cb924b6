import { failureMessage } from "@yibao/ui";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../errors/form-error";

interface ActionSectionProps {
  title: string;
  body: string;
  /** The last attempt's failure, if it failed. */
  error: unknown;
  /** Said (and announced) once the change is made. */
  done: string | null;
  children: ReactNode;
}

/** One change in the account dialog: what it does, its controls, and how it went. */
export function ActionSection({ title, body, error, done, children }: ActionSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="action-section">
      <h3 id={headingId}>{title}</h3>
      <p>{body}</p>
      <FormError message={error ? failureMessage(t, error) : null} />
      {children}
      <div role="status">{done ? <p className="notice notice-success">{done}</p> : null}</div>
    </section>
  );
}
