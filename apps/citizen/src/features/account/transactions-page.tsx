import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useWording } from "../elder-mode/use-wording";
import { BackHomeLink } from "./back-home-link";
import { TransactionList } from "./transaction-list";

export function TransactionsPage() {
  const w = useWording();
  useDocumentTitle(w("pages.transactions"));
  return (
    <>
      <PageHeading>{w("transactions.heading")}</PageHeading>
      <TransactionList />
      <BackHomeLink />
    </>
  );
}
