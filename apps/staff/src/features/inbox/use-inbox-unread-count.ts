import { useQuery } from "@tanstack/react-query";
import { trpc } from "../../trpc";

/**
 * How many of the staff member's messages are unread, for the 消息 link; 0 while unknown. Asked
 * again when the person comes back to the window, never on a timer: a poll would keep an
 * unattended counter PC's session alive past its idle limit.
 */
export function useInboxUnreadCount(): number {
  const first = useQuery(trpc.staff.inbox.list.queryOptions({}));
  return first.data?.unread ?? 0;
}
