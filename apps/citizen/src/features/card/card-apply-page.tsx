import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import { CardRequestForm } from "./card-request-form";

/** 办事 → 申领医保卡: a first card, applied for online and collected at a service point. */
export function CardApplyPage() {
  const w = useWording();
  useDocumentTitle(w("pages.cardApply"));
  return (
    <>
      <PageHeading>{w("pages.cardApply")}</PageHeading>
      <p>{w("card.applyIntro")}</p>
      <CardRequestForm kind="FIRST_ISSUE" />
      <BackLink to="/services">{w("card.backToServices")}</BackLink>
    </>
  );
}
