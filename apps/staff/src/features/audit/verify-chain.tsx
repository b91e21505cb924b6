import { useMutation } from "@tanstack/react-query";
import { failureMessage } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";

/**
 * Recomputes the trail's hash chain on the server: each entry's hash covers the one before, so a
 * changed or removed entry breaks the chain from there on (GB/T 22239-2019 8.1.4.3 d).
 */
export function VerifyChain() {
  const { t } = useTranslation();
  const headingId = useId();
  const verify = useMutation({ mutationFn: () => trpcClient.staff.audit.verifyChain.query() });
  const result = verify.data;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t("audit.verifyHeading")}</h2>
      <p>{t("audit.verifyBody")}</p>
      <button
        type="button"
        className="button"
        disabled={verify.isPending}
        aria-busy={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {verify.isPending ? t("audit.verifying") : t("audit.verify")}
      </button>
      <FormError message={verify.isError ? failureMessage(t, verify.error) : null} />
      <div role="status">
        {result ? (
          <p className={result.ok ? "notice notice-success" : "notice notice-error"}>
            {result.ok
              ? t("audit.chainIntact", { checked: result.checked })
              : t("audit.chainBroken", { checked: result.checked, seq: result.firstBrokenSeq })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
