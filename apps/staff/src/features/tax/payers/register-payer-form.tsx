import { PageHeading, useDocumentTitle } from "@yibao/ui";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../../errors/form-error";
import type { FormFailure } from "../../errors/form-failure";
import "../tax.css";
import { DayField } from "../day-field";
import { SubmitButton } from "../submit-button";

interface RegisterPayerFormProps {
  heading: string;
  intro: string;
  /** The list the page goes back to. */
  backTo: string;
  failure: FormFailure;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** What the registration asks before the day it takes effect. */
  children: ReactNode;
}

/** A registration's page: who the payer is (the page's own fields), then the day it takes effect. */
export function RegisterPayerForm({
  heading,
  intro,
  backTo,
  failure,
  pending,
  onSubmit,
  children,
}: RegisterPayerFormProps) {
  const { t } = useTranslation();
  useDocumentTitle(heading);
  return (
    <>
      <p>
        <Link to={backTo}>{t("tax.payers.back")}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <p className="tax-intro">{intro}</p>
      <form className="form narrow-form" noValidate onSubmit={onSubmit}>
        <FormError message={failure.formError} />
        {children}
        <DayField
          name="registeredOn"
          label={t("tax.fields.registeredOn.label")}
          hint={t("tax.fields.registeredOn.hint")}
          error={failure.fieldErrors.registeredOn ?? null}
        />
        <div>
          <SubmitButton pending={pending}>
            {pending ? t("tax.payers.registering") : t("tax.payers.register")}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
