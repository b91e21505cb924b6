import { useQuery } from "@tanstack/react-query";
import { inboxApi, inboxQueryKey } from "./notifications-api";

/** How many messages the person has not opened, for the 消息 tab; 0 while unknown. */
export function useUnreadCount(): number {
  const first = useQuery({
    queryKey: [...inboxQueryKey, "list", null],
    queryFn: () => inboxApi.list(undefined),
    // Looked at again when the person comes back to the app, never on a timer: a poll would
    // keep an unattended session alive past its 30 idle minutes.
  });
  return first.data?.unread ?? 0;
}
