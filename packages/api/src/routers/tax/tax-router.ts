import { router } from "../../trpc";
import { taxCollectionProcedures } from "./tax-collection-procedures";
import { taxFundProcedures } from "./tax-fund-procedures";
import { taxRegistrationProcedures } from "./tax-registration-procedures";
import { taxSupervisionProcedures } from "./tax-supervision-procedures";

/** `staff.tax.*`: the tax authority's workplace (issue: the tax authority), one file an area. */
export const taxRouter = router({
  ...taxRegistrationProcedures,
  ...taxCollectionProcedures,
  ...taxSupervisionProcedures,
  ...taxFundProcedures,
});
