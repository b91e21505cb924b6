import { useQuery } from "@tanstack/react-query";
import { inboxApi, inboxQueryKey } from "./notifications-api";

/** How many messages the person has not opened, for the 消息 tab; 0 while unknown. */
export function useUnreadCount(): number {
  const first = useQuery({
    queryKey: [...inboxQueryKey, "list", null],
    queryFn: () => inboxApi.list(undefined),
    // New messages come from the office's work: look again now and then, and on coming back.
    refetchInterval: 60_000,
  });
  return first.data?.unread ?? 0;
}
