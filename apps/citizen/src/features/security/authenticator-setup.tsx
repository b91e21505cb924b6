import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { OneTimeCodeField } from "@yibao/ui";
import { useEffect, useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { useWording } from "../elder-mode/use-wording";
import { FormAlert } from "../forms/form-alert";
import { oneTimeCodeSchema } from "../forms/one-time-code-schema";
import { useFieldErrorText } from "../forms/use-field-error-text";
import { useServerFailure } from "../forms/use-server-failure";
import { AuthenticatorQrCode } from "./authenticator-qr-code";
import { groupSecret } from "./group-secret";
import type { OwnAccount } from "./own-account";

const confirmSchema = z.object({ otp: oneTimeCodeSchema });

const routing = {
  fields: ["otp"] as const,
  pathAliases: { code: "otp" } as const,
  codeFields: { VERIFICATION_FAILED: "otp", INVALID_CREDENTIALS: "otp" } as const,
};

interface AuthenticatorSetupProps {
  /** Whose authenticator it is: the enrolment `account` began. */
  account: OwnAccount;
  otpauthUri: string;
  secret: string;
  onConfirmed: (recoveryCodes: string[]) => void;
}

/** Scan (or type) the secret into the app, then prove it with the code the app shows. */
export function AuthenticatorSetup({
  account,
  otpauthUri,
  secret,
  onConfirmed,
}: AuthenticatorSetupProps) {
  const { t } = useTranslation();
  const w = useWording();
  const errorText = useFieldErrorText();
  const scanId = useId();
  const confirmId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<z.input<typeof confirmSchema>, unknown, z.output<typeof confirmSchema>>({
    resolver: zodResolver(confirmSchema),
    defaultValues: { otp: "" },
  });
  const failure = useServerFailure(form.setError, routing);
  const confirm = useMutation(
    account.secondFactor.confirmEnrolment.mutationOptions({
      onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
      onError: failure.report,
    }),
  );

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <>
      <section aria-labelledby={scanId}>
        <h2 id={scanId} ref={headingRef} tabIndex={-1}>
          {t("authenticator.scanHeading")}
        </h2>
        <p>{w("authenticator.scan")}</p>
        <AuthenticatorQrCode uri={otpauthUri} label={t("authenticator.qrAlt")} />
        <p>{w("authenticator.typeInstead")}</p>
        <p className="secret">
          <span className="visually-hidden">{t("authenticator.secretLabel")}</span>
          <code>{groupSecret(secret)}</code>
        </p>
      </section>
      <section aria-labelledby={confirmId}>
        <h2 id={confirmId}>{t("authenticator.confirmHeading")}</h2>
        <form
          className="form"
          noValidate
          aria-busy={confirm.isPending}
          onSubmit={form.handleSubmit(({ otp }) => {
            failure.clear();
            confirm.mutate({ code: otp });
          })}
        >
          <FormAlert message={failure.formError} />
          <OneTimeCodeField
            {...form.register("otp")}
            label={t("fields.otp.label")}
            hint={t("fields.otp.hint")}
            error={errorText("otp", form.formState.errors.otp)}
          />
          <button
            type="submit"
            className="button button-primary button-wide"
            disabled={confirm.isPending}
          >
            {confirm.isPending ? t("authenticator.confirming") : t("authenticator.confirm")}
          </button>
        </form>
      </section>
    </>
  );
}
