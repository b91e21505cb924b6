import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import { CardRequestForm } from "./card-request-form";

/** 办事 → 补换卡: a new card for a lost, damaged or expired one, or after the details changed. */
export function ReplacementPage() {
  const w = useWording();
  useDocumentTitle(w("pages.replacement"));
  return (
    <>
      <PageHeading>{w("pages.replacement")}</PageHeading>
      <p>{w("card.replacementIntro")}</p>
      <CardRequestForm kind="REPLACEMENT" />
      <BackLink to="/card/progress">{w("card.backToProgress")}</BackLink>
    </>
  );
}
