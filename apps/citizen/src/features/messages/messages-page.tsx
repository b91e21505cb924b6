import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { queryClient } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { type InboxMessage, inboxApi, inboxQueryKey } from "./notifications-api";

/** 消息: the person's inbox, newest first; opening a message marks it read. */
export function MessagesPage() {
  const { t } = useTranslation();
  const w = useWording();
  useDocumentTitle(w("pages.messages"));
  const inbox = useInfiniteQuery({
    queryKey: [...inboxQueryKey, "inbox"],
    queryFn: ({ pageParam }) => inboxApi.list(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

  return (
    <>
      <PageHeading>{w("pages.messages")}</PageHeading>
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? (
        <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : null}
      {inbox.data ? (
        <>
          <p role="status">
            {t("messages.unreadCount", { count: inbox.data.pages[0]?.unread ?? 0 })}
          </p>
          {inbox.data.pages[0]?.items.length === 0 ? (
            <p className="empty">{w("messages.empty")}</p>
          ) : (
            <ul className="messages">
              {inbox.data.pages
                .flatMap((page) => page.items)
                .map((message) => (
                  <MessageItem key={message.id} message={message} />
                ))}
            </ul>
          )}
          {inbox.hasNextPage ? (
            <button
              type="button"
              className="button button-wide"
              disabled={inbox.isFetchingNextPage}
              onClick={() => void inbox.fetchNextPage()}
            >
              {inbox.isFetchingNextPage ? t("messages.loadingMore") : t("messages.loadMore")}
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
    mutationFn: () => inboxApi.markRead([message.id]),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxQueryKey }),
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
          {unread ? <span className="message-unread">{t("messages.unread")}</span> : null}
          {message.title}
        </span>
        <span className="message-at">{formatDateTime(message.at)}</span>
      </button>
      <div id={bodyId} className="message-body" hidden={!open}>
        <p>{message.body}</p>
        {message.applicationId ? (
          <p>
            <Link to="/card/progress">{t("messages.toProgress")}</Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}
