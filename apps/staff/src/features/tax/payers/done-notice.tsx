import { useLocation } from "react-router";

/**
 * What was just done, said once: the message handed over by the page that navigated here, or
 * the one this page set. A live region, so that it is announced.
 */
export function DoneNotice({ message }: { message: string | null }) {
  const handedOver = (useLocation().state as { done?: unknown } | null)?.done;
  const shown = message ?? (typeof handedOver === "string" ? handedOver : null);
  return (
    <div role="status" className="tax-done">
      {shown ? <p className="notice notice-success">{shown}</p> : null}
    </div>
  );
}
