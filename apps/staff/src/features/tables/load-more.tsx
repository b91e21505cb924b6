import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** How many rows are on screen, and the button for the next page (a keyset cursor, no page numbers). */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p role="status">{t(hasMore ? "table.shownMore" : "table.shownAll", { shown })}</p>
      {hasMore ? (
        <button
          type="button"
          className="button"
          onClick={onLoadMore}
          disabled={loading}
          aria-busy={loading}
        >
          {loading ? t("table.loadingMore") : t("table.loadMore")}
        </button>
      ) : null}
    </div>
  );
}
