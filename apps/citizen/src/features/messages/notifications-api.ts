import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@yibao/api";
import { trpcClient } from "../../trpc";

type InboxPage = inferRouterOutputs<AppRouter>["citizen"]["notifications"]["list"];
/** One message in the person's inbox, its words rendered by the server from the recorded facts. */
export type InboxMessage = InboxPage["items"][number];

/** Every inbox query starts with this key, so that one invalidation refreshes the tab and the page. */
export const inboxQueryKey = ["citizen", "notifications"] as const;

export const inboxApi = {
  list: (cursor: string | undefined) =>
    trpcClient.citizen.notifications.list.query(cursor === undefined ? {} : { cursor }),
  markRead: (ids: string[]) => trpcClient.citizen.notifications.markRead.mutate({ ids }),
};
