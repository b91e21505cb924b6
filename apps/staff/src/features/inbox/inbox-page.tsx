import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { queryClient, trpc, trpcClient } from "../../trpc";
import "./inbox.css";

type InboxMessage = RouterOutputs["staff"]["inbox"]["list"]["items"][number];

/** 消息: the staff member's own inbox, newest first; opening a message marks it read. */
export function InboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("inbox.heading"));
  const inbox = useInfiniteQuery(
    trpc.staff.inbox.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const messages = inbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading>{t("inbox.heading")}</PageHeading>
      <p>{t("inbox.intro")}</p>
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? (
        <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : null}
      {inbox.data ? (
        <>
          <p role="status">{t("inbox.unreadCount", { count: inbox.data.pages[0]?.unread ?? 0 })}</p>
          {messages.length === 0 ? (
            <p className="empty-state">{t("inbox.empty")}</p>
          ) : (
            <ul className="messages">
              {messages.map((message) => (
                <MessageItem key={message.id} message={message} />
              ))}
            </ul>
          )}
          {inbox.hasNextPage ? (
            <button
              type="button"
              className="button"
              disabled={inbox.isFetchingNextPage}
              onClick={() => void inbox.fetchNextPage()}
            >
              {inbox.isFetchingNextPage ? t("inbox.loadingMore") : t("inbox.loadMore")}
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function MessageItem({ message }: { message: InboxMessage }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const markRead = useMutation({
    mutationFn: () => trpcClient.staff.inbox.markRead.mutate({ ids: [message.id] }),
    // The page and the navigation's count both read the inbox: both are asked again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.staff.inbox.pathKey() }),
  });
  const unread = !message.read && !markRead.isSuccess;

  return (
    <li className="message" data-unread={unread ? "true" : undefined}>
      <button
        type="button"
        className="message-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          setOpen(!open);
          if (!open && unread && !markRead.isPending) markRead.mutate();
        }}
      >
        <span className="message-title">
          {unread ? <span className="message-unread">{t("inbox.unread")}</span> : null}
          {message.title}
        </span>
        <span className="message-at">{formatDateTime(message.at)}</span>
      </button>
      <div id={bodyId} className="message-body" hidden={!open}>
        {message.body.split("\n").map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </li>
  );
}
