import { useMutation } from "@tanstack/react-query";
import { applicantKinds, hasPermission } from "@yibao/domain";
import { PageHeading, TextField, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";
import { useStaffSession } from "../session/use-staff-session";
import { CollectorFields } from "./action-forms";
import { readCardPhoto } from "./read-card-photo";

type Issued = RouterOutputs["staff"]["applications"]["issueOnTheSpot"];
type ApplicantKind = (typeof applicantKinds)[number];
const fields = ["residentId", "phone", "photo", "agent", "guardian", "documentsChecked"] as const;

/**
 * 窗口登记: an application brought to the counter by the insured, an agent or a guardian, with
 * the studio photo. The county centre can also issue the card on the spot.
 */
export function RegistrationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useStaffSession();
  const [kind, setKind] = useState<ApplicantKind>("SELF");
  const [photo, setPhoto] = useState<{ base64: string; dataUrl: string } | null>(null);
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [issued, setIssued] = useState<Issued | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const photoHintId = useId();
  const photoErrorId = useId();
  const onTheSpot = session ? hasPermission(session.role, "application:issue-on-the-spot") : false;
  useDocumentTitle(t("pages.registerApplication"));

  const register = useMutation({
    mutationFn: ({ intent, input }: { intent: "register" | "issue"; input: RegisterInput }) =>
      intent === "issue"
        ? trpcClient.staff.applications.issueOnTheSpot.mutate(input)
        : trpcClient.staff.applications.register.mutate({
            ...input,
            channel: onTheSpot ? "COUNTY_CENTRE" : "SERVICE_POINT",
          }),
    onSuccess: (application, { intent }) => {
      setIdempotencyKey(crypto.randomUUID());
      if (intent === "issue") {
        setIssued(application);
        formRef.current?.reset();
        setPhoto(null);
        setKind("SELF");
        return;
      }
      navigate(`/applications?queue=TO_VERIFY&application=${application.id}`);
    },
    onError: (error) => {
      setFailure(
        formFailure(t, error, {
          fields,
          issueText: (field, code) =>
            t([
              `applications.registration.issues.${field}.${code}`,
              `fields.${field}.issues.${code}`,
              `applications.issues.${code}`,
              "applications.issues.generic",
            ]),
        }),
      );
    },
  });

  useEffect(() => {
    if (issued) result.current?.focus();
  }, [issued]);
  // After a refusal, the focus goes to the first field it names (docs/accessibility.md).
  useEffect(() => {
    const first = fields.find((field) => failure.fieldErrors[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }, [failure]);

  async function attach(file: File | undefined) {
    setPhoto(null);
    if (!file) return;
    const read = await readCardPhoto(file);
    if (read.ok) {
      setPhoto(read);
      setFailure((current) => ({ ...current, fieldErrors: { ...current.fieldErrors, photo: "" } }));
      return;
    }
    const size =
      "width" in read.result
        ? { width: read.result.width, height: read.result.height }
        : "byteLength" in read.result
          ? { kb: Math.round(read.result.byteLength / 100) / 10 }
          : {};
    setFailure({
      formError: null,
      fieldErrors: { photo: t(`applications.photoIssues.${read.result.reason}`, size) },
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value === "issue" ? "issue" : "register";
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const fieldErrors: Record<string, string> = {};
    if (!text("residentId")) fieldErrors.residentId = t("fields.residentId.issues.EMPTY");
    if (!text("phone")) fieldErrors.phone = t("applications.registration.issues.phone.EMPTY");
    if (!photo) fieldErrors.photo = t("applications.registration.issues.photo.EMPTY");
    if (data.get("documentsChecked") !== "on") {
      fieldErrors.documentsChecked = t("applications.registration.issues.documentsChecked.EMPTY");
    }
    if (Object.keys(fieldErrors).length > 0 || !photo) {
      setFailure({ fieldErrors, formError: null });
      return;
    }
    setFailure(noFailure);
    setIssued(null);
    const person =
      kind === "SELF"
        ? undefined
        : {
            name: text("name"),
            idType: text("idType") as "RESIDENT_ID_CARD",
            idNumber: text("idNumber"),
            relationship: text("relationship") as "SPOUSE",
          };
    register.mutate({
      intent,
      input: {
        applicant: kind,
        residentId: text("residentId"),
        phone: text("phone"),
        photo: photo.base64,
        ...(kind === "AGENT" ? { agent: person } : {}),
        ...(kind === "GUARDIAN" ? { guardian: person } : {}),
        idempotencyKey,
      },
    });
  }

  const errors = failure.fieldErrors;
  return (
    <>
      <PageHeading>{t("pages.registerApplication")}</PageHeading>
      <p>
        <Link to="/applications">{t("applications.registration.back")}</Link>
      </p>
      {issued ? (
        <div ref={result} tabIndex={-1} className="notice notice-success issued" role="status">
          <p>
            {t("applications.registration.issued", {
              name: issued.person.name,
              reference: issued.reference,
            })}
          </p>
          <p className="issued-card">
            {t("applications.pane.cardNumber")}：<strong>{issued.cardNumber}</strong>
          </p>
        </div>
      ) : null}
      <form ref={formRef} className="form registration-form" noValidate onSubmit={submit}>
        <fieldset>
          <legend>{t("applications.registration.applicant")}</legend>
          {applicantKinds.map((option) => (
            <label key={option} className="checkbox">
              <input
                type="radio"
                name="applicantKind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{t(`applications.registration.kinds.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field-grid">
          <TextField
            name="residentId"
            data-field="residentId"
            label={t("applications.registration.residentId")}
            hint={t("fields.residentId.hint")}
            error={errors.residentId || null}
            autoComplete="off"
            maxLength={22}
          />
          <TextField
            name="phone"
            data-field="phone"
            type="tel"
            label={t("applications.registration.phone")}
            error={errors.phone || null}
            autoComplete="off"
            maxLength={20}
          />
        </div>
        {kind !== "SELF" ? (
          <fieldset
            data-invalid={errors[kind === "AGENT" ? "agent" : "guardian"] ? "true" : undefined}
          >
            <legend>{t(`applications.registration.about.${kind}`)}</legend>
            {errors.agent || errors.guardian ? (
              <p
                className="field-error"
                data-field={kind === "AGENT" ? "agent" : "guardian"}
                tabIndex={-1}
              >
                {errors.agent || errors.guardian}
              </p>
            ) : null}
            <CollectorFields />
          </fieldset>
        ) : null}
        <div className="field" data-invalid={errors.photo ? "true" : undefined}>
          <label htmlFor="card-photo" className="field-label">
            {t("applications.registration.photo")}
          </label>
          <p id={photoHintId} className="hint">
            {t("applications.registration.photoHint")}
          </p>
          {errors.photo ? (
            <p id={photoErrorId} className="field-error">
              {errors.photo}
            </p>
          ) : null}
          <input
            id="card-photo"
            data-field="photo"
            type="file"
            accept="image/jpeg"
            className="input input-file"
            aria-invalid={errors.photo ? true : undefined}
            aria-describedby={[errors.photo ? photoErrorId : null, photoHintId]
              .filter(Boolean)
              .join(" ")}
            onChange={(event) => void attach(event.target.files?.[0])}
          />
          {photo ? (
            <img
              className="card-photo"
              src={photo.dataUrl}
              alt={t("applications.registration.photoPreview")}
              width={179}
              height={220}
            />
          ) : null}
        </div>
        <div className="field" data-invalid={errors.documentsChecked ? "true" : undefined}>
          {errors.documentsChecked ? (
            <p className="field-error">{errors.documentsChecked}</p>
          ) : null}
          <label className="checkbox">
            <input
              type="checkbox"
              name="documentsChecked"
              data-field="documentsChecked"
              aria-invalid={errors.documentsChecked ? true : undefined}
            />
            <span>{t(`applications.registration.documentsChecked.${kind}`)}</span>
          </label>
        </div>
        <FormError message={failure.formError} />
        <div className="button-row">
          <button
            type="submit"
            name="intent"
            value="register"
            className="button button-primary"
            disabled={register.isPending}
          >
            {t("applications.registration.submit")}
          </button>
          {onTheSpot ? (
            <button
              type="submit"
              name="intent"
              value="issue"
              className="button"
              disabled={register.isPending}
            >
              {t("applications.registration.issue")}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}

type RegisterInput = Parameters<typeof trpcClient.staff.applications.issueOnTheSpot.mutate>[0];
