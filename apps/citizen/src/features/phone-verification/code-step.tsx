import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { maskPhone, validateResidentId } from "@yibao/domain";
import { OneTimeCodeField } from "@yibao/ui";
import { useEffect, useId, useMemo, useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { figures } from "../forms/figures";
import { FormAlert } from "../forms/form-alert";
import { useFieldErrorText } from "../forms/use-field-error-text";
import { useServerFailure } from "../forms/use-server-failure";
import { NewPasswordField } from "../passwords/new-password-field";
import { codeStepSchema } from "./code-step-schema";
import { ResendCode } from "./resend-code";
import type {
  Challenge,
  PersonDetails,
  VerificationApi,
  VerificationPurpose,
} from "./verification-api";

type CodeStepInput = z.input<typeof codeStepSchema>;

const routing = {
  fields: ["smsCode", "newPassword"] as const,
  pathAliases: { code: "smsCode", password: "newPassword" } as const,
  codeFields: { VERIFICATION_FAILED: "smsCode" } as const,
};

interface CodeStepProps {
  purpose: VerificationPurpose;
  api: VerificationApi;
  details: PersonDetails;
  challenge: Challenge;
  /** When the code was asked for, on this device's clock: the resend countdown starts there. */
  sentAtMs: number;
  /** A new code was asked for since the first: the notice says so. */
  resent: boolean;
  onResent: (challenge: Challenge) => void;
  onChangeDetails: () => void;
  onCompleted: () => Promise<void>;
}

/** Step 2: the code sent by text message, and the password to set; then the person is signed in. */
export function CodeStep({
  purpose,
  api,
  details,
  challenge,
  sentAtMs,
  resent,
  onResent,
  onChangeDetails,
  onCompleted,
}: CodeStepProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<CodeStepInput, unknown, z.output<typeof codeStepSchema>>({
    resolver: zodResolver(codeStepSchema),
    defaultValues: { smsCode: "", newPassword: "" },
  });
  const { errors } = form.formState;
  const password = useWatch({ control: form.control, name: "newPassword" });
  const failure = useServerFailure(form.setError, routing);
  const owner = useMemo(() => {
    const id = validateResidentId(details.residentId);
    return id.ok
      ? { residentId: id.id, birthDate: id.birthDate }
      : { residentId: details.residentId };
  }, [details.residentId]);

  const complete = useMutation({
    mutationFn: api.complete,
    onSuccess: onCompleted,
    onError: failure.report,
  });
  const resend = useMutation({
    mutationFn: () => api.start(details),
    onSuccess: (next) => {
      failure.clear();
      onResent(next);
    },
    onError: failure.report,
  });

  // A new step: say where the person is now (the heading), as a page change would.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("verification.codeHeading")}
      </h2>
      <p role="status" className="notice">
        {t(resent ? "verification.resent" : "verification.sent", {
          phone: maskPhone(details.phone),
        })}
      </p>
      <form
        className="form"
        noValidate
        aria-busy={complete.isPending}
        onSubmit={form.handleSubmit(({ smsCode, newPassword }) => {
          failure.clear();
          complete.mutate({
            challengeId: challenge.challengeId,
            code: smsCode,
            password: newPassword,
          });
        })}
      >
        <FormAlert message={failure.formError} />
        <OneTimeCodeField
          {...form.register("smsCode")}
          label={t("fields.smsCode.label")}
          hint={t("fields.smsCode.hint", figures)}
          error={errorText("smsCode", errors.smsCode)}
        />
        <ResendCode
          untilMs={sentAtMs + challenge.resendAfterSeconds * 1000}
          pending={resend.isPending}
          onResend={() => resend.mutate()}
        />
        <NewPasswordField
          registration={form.register("newPassword")}
          password={password}
          owner={owner}
          serverChecked={purpose === "passwordReset" ? ["REUSED"] : []}
          error={errorText("newPassword", errors.newPassword)}
        />
        <button
          type="submit"
          className="button button-primary button-wide"
          disabled={complete.isPending}
        >
          {complete.isPending ? t("verification.submitting") : t(`verification.${purpose}.submit`)}
        </button>
      </form>
      <p className="section">
        <button type="button" className="button button-quiet" onClick={onChangeDetails}>
          {t("verification.changeDetails")}
        </button>
      </p>
    </section>
  );
}
