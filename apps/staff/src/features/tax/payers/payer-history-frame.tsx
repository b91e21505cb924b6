import { useQuery } from "@tanstack/react-query";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterInputs } from "../../../api-types";
import { trpc } from "../../../trpc";
import "../tax.css";
import { QueryStatus } from "../query-status";
import { DoneNotice } from "./done-notice";
import type { PayerHistory } from "./payer-history-types";

type PayerKind = PayerHistory["payer"]["kind"];

interface PayerHistoryFrameProps<Kind extends PayerKind> {
  /** The payer asked for, by the id in the page's address. */
  request: RouterInputs["staff"]["tax"]["payer"];
  /** The kind of payer the page shows; an answer of the other kind shows nothing. */
  kind: Kind;
  /** The list the page goes back to. */
  backTo: string;
  /** What was just done on the page, said under the heading. */
  done: string | null;
  /** The page below the heading, once the payer's history is in. */
  children: (
    payer: Extract<PayerHistory["payer"], { kind: Kind }>,
    history: PayerHistory,
  ) => ReactNode;
}

/**
 * A payer's page (reading it is audited): the way back to the list, the history as it loads or
 * fails, then the payer's name as the heading, what was just done, and the page's own parts.
 */
export function PayerHistoryFrame<Kind extends PayerKind>({
  request,
  kind,
  backTo,
  done,
  children,
}: PayerHistoryFrameProps<Kind>) {
  const { t } = useTranslation();
  const history = useQuery(trpc.staff.tax.payer.queryOptions(request));
  const payer = history.data?.payer;
  const shown = payer && isKind(payer, kind) ? payer : null;
  useDocumentTitle(shown?.name ?? t("tax.payers.heading"));

  return (
    <>
      <p>
        <Link to={backTo}>{t("tax.payers.back")}</Link>
      </p>
      <QueryStatus query={history} />
      {history.data && shown ? (
        <>
          <PageHeading>{shown.name}</PageHeading>
          <DoneNotice message={done} />
          {children(shown, history.data)}
        </>
      ) : null}
    </>
  );
}

function isKind<Kind extends PayerKind>(
  payer: PayerHistory["payer"],
  kind: Kind,
): payer is Extract<PayerHistory["payer"], { kind: Kind }> {
  return payer.kind === kind;
}
