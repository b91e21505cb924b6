import { z } from "zod";
import { issueEcardToken } from "../../services/ecard/issue-ecard-token";
import { citizenProcedure, router } from "../../trpc";

/** 医保电子凭证: the QR code the insured shows at a designated pharmacy or hospital. */
export const citizenEcardRouter = router({
  // A mutation: each call issues a new single-use credential, never cached or prefetched.
  token: citizenProcedure("ecard:show")
    .output(z.object({ token: z.string(), expiresAt: z.string() }))
    .mutation(({ ctx }) => issueEcardToken(ctx.service)),
});
