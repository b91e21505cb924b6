import {
  collectorSchema,
  type EscalationReason,
  escalationReasons,
  idTypes,
  missingItemCodes,
  missingItemFits,
  productionFailureReasons,
  refusalReasons,
  refusalRemedies,
  relationships,
} from "@yibao/domain";
import { TextField } from "@yibao/ui";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../forms/select-field";
import type { FormActionType } from "./application-action-keys";
import type { ActionRequest, StaffApplication } from "./use-application-action";

interface ActionFormProps {
  application: StaffApplication;
  busy: boolean;
  onSend: (request: ActionRequest) => void;
  onCancel: () => void;
}

/** The form an action needs, opened in the pane; its first control takes the focus. */
export function ActionForm({ type, ...props }: ActionFormProps & { type: FormActionType }) {
  switch (type) {
    case "VERIFY_DOCUMENTS":
      return <VerifyForm {...props} />;
    case "REQUEST_MATERIALS":
      return <RequestMaterialsForm {...props} />;
    case "REFUSE":
      return <RefuseForm {...props} />;
    case "MARK_FAILED":
      return <MarkFailedForm {...props} />;
    case "HAND_OVER":
      return <HandOverForm {...props} />;
    case "ESCALATE":
      return <EscalateForm {...props} />;
  }
}

interface FrameProps {
  type: FormActionType;
  busy: boolean;
  error: string | null;
  onSubmit: (form: HTMLFormElement) => void;
  onCancel: () => void;
  children: ReactNode;
}

function ActionFormFrame({ type, busy, error, onSubmit, onCancel, children }: FrameProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const errorId = useId();
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input:not([disabled]), select, textarea")?.focus();
  }, []);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(event.currentTarget);
  }
  return (
    <form
      ref={form}
      className="action-form"
      noValidate
      onSubmit={submit}
      aria-describedby={error ? errorId : undefined}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <fieldset>
        <legend>{t(`applications.actions.${type}`)}</legend>
        {children}
      </fieldset>
      <p id={errorId} role="alert" className="field-error">
        {error}
      </p>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
          {t(`applications.forms.${type}.submit`)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("applications.forms.cancel")}
        </button>
      </div>
    </form>
  );
}

const checked = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement | null)?.checked === true;
const textOf = (form: HTMLFormElement, name: string) =>
  String(new FormData(form).get(name) ?? "").trim();

function VerifyForm({ application, busy, onSend, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const other = application.applicantKind;
  return (
    <ActionFormFrame
      type="VERIFY_DOCUMENTS"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={(form) => {
        const insured = checked(form, "insured");
        const agent = checked(form, "agent");
        if (!insured && !agent) return setError(t("applications.forms.VERIFY_DOCUMENTS.none"));
        setError(null);
        onSend({ type: "VERIFY_DOCUMENTS", insured, agent });
      }}
    >
      <label className="checkbox">
        <input type="checkbox" name="insured" defaultChecked={false} />
        <span>
          {t("applications.forms.VERIFY_DOCUMENTS.insured", { name: application.person.name })}
          {application.verified.insured ? ` ${t("applications.verifiedAlready")}` : ""}
        </span>
      </label>
      {other !== "SELF" ? (
        <label className="checkbox">
          <input type="checkbox" name="agent" />
          <span>
            {t(`applications.forms.VERIFY_DOCUMENTS.${other}`, {
              name: application.applicant.name ?? "",
            })}
            {application.verified.agent ? ` ${t("applications.verifiedAlready")}` : ""}
          </span>
        </label>
      ) : null}
    </ActionFormFrame>
  );
}

function RequestMaterialsForm({ application, busy, onSend, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const codes = missingItemCodes.filter(
    (code) => code === "OTHER" || missingItemFits({ code }, application.applicantKind),
  );
  return (
    <ActionFormFrame
      type="REQUEST_MATERIALS"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={(form) => {
        const missing: string[] = codes.filter((code) => code !== "OTHER" && checked(form, code));
        const otherText = textOf(form, "otherText");
        if (checked(form, "OTHER")) {
          if (!otherText) return setError(t("applications.forms.REQUEST_MATERIALS.otherEmpty"));
          missing.push(otherText);
        }
        if (missing.length === 0) return setError(t("applications.forms.REQUEST_MATERIALS.none"));
        setError(null);
        onSend({ type: "REQUEST_MATERIALS", missing });
      }}
    >
      <p className="hint">{t("applications.forms.REQUEST_MATERIALS.hint")}</p>
      {codes.map((code) => (
        <label key={code} className="checkbox">
          <input type="checkbox" name={code} />
          <span>{t(`applications.missingItems.${code}`)}</span>
        </label>
      ))}
      <TextField
        name="otherText"
        label={t("applications.forms.REQUEST_MATERIALS.otherText")}
        error={null}
        maxLength={200}
      />
    </ActionFormFrame>
  );
}

function RefuseForm({ busy, onSend, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState<string>("");
  return (
    <ActionFormFrame
      type="REFUSE"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={(form) => {
        if (!reason) return setError(t("applications.forms.REFUSE.none"));
        if (reason !== "OTHER") {
          setError(null);
          return onSend({ type: "REFUSE", reason });
        }
        const text = textOf(form, "reasonText");
        const remedy = textOf(form, "remedyText");
        if (!text || !remedy) return setError(t("applications.forms.REFUSE.otherEmpty"));
        setError(null);
        onSend({ type: "REFUSE", reason: text, remedy });
      }}
    >
      {refusalReasons.map((code) => (
        <label key={code} className="checkbox">
          <input
            type="radio"
            name="reason"
            value={code}
            checked={reason === code}
            onChange={() => setReason(code)}
          />
          <span>
            {t(`applications.refusalReasons.${code}`)}
            {code !== "OTHER" ? (
              <span className="hint-inline">
                {" — "}
                {t(`applications.remedies.${refusalRemedies[code]}`)}
              </span>
            ) : null}
          </span>
        </label>
      ))}
      {reason === "OTHER" ? (
        <>
          <TextField
            name="reasonText"
            label={t("applications.forms.REFUSE.reasonText")}
            error={null}
            maxLength={500}
          />
          <TextField
            name="remedyText"
            label={t("applications.forms.REFUSE.remedyText")}
            error={null}
            maxLength={500}
          />
        </>
      ) : null}
    </ActionFormFrame>
  );
}

function MarkFailedForm({ busy, onSend, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  return (
    <ActionFormFrame
      type="MARK_FAILED"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={(form) => {
        if (!reason) return setError(t("applications.forms.MARK_FAILED.none"));
        const text = reason === "OTHER" ? textOf(form, "failureText") : reason;
        if (!text) return setError(t("applications.forms.MARK_FAILED.otherEmpty"));
        setError(null);
        onSend({ type: "MARK_FAILED", reason: text });
      }}
    >
      <SelectField
        name="failure"
        label={t("applications.forms.MARK_FAILED.reason")}
        error={null}
        emptyOption={{ label: t("applications.forms.choose"), selectable: false }}
        options={productionFailureReasons.map((code) => ({
          value: code,
          label: t(`applications.failureReasons.${code}`),
        }))}
        onChange={(event) => setReason(event.target.value)}
      />
      {reason === "OTHER" ? (
        <TextField
          name="failureText"
          label={t("applications.forms.MARK_FAILED.otherText")}
          error={null}
          maxLength={200}
        />
      ) : null}
    </ActionFormFrame>
  );
}

function HandOverForm({ application, busy, onSend, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<"SELF" | "AGENT">("SELF");
  return (
    <ActionFormFrame
      type="HAND_OVER"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={(form) => {
        if (!checked(form, "documentsChecked")) {
          return setError(t(`applications.forms.HAND_OVER.${kind}.uncheckedError`));
        }
        const collector = collectorSchema.safeParse(
          kind === "SELF"
            ? { kind }
            : {
                kind,
                name: textOf(form, "name"),
                idType: textOf(form, "idType"),
                idNumber: textOf(form, "idNumber"),
                relationship: textOf(form, "relationship"),
              },
        );
        if (!collector.success) return setError(t("applications.forms.HAND_OVER.AGENT.incomplete"));
        setError(null);
        onSend({ type: "HAND_OVER", collector: collector.data });
      }}
    >
      {(["SELF", "AGENT"] as const).map((option) => (
        <label key={option} className="checkbox">
          <input
            type="radio"
            name="collectorKind"
            value={option}
            checked={kind === option}
            onChange={() => setKind(option)}
          />
          <span>{t(`applications.forms.HAND_OVER.${option}.label`)}</span>
        </label>
      ))}
      {kind === "AGENT" ? <CollectorFields /> : null}
      <label className="checkbox">
        <input type="checkbox" name="documentsChecked" />
        <span>
          {t(`applications.forms.HAND_OVER.${kind}.checked`, { name: application.person.name })}
        </span>
      </label>
    </ActionFormFrame>
  );
}

/** 督办: raising the application to the county centre, with a reason and a note. */
function EscalateForm({ busy, onSend, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <ActionFormFrame
      type="ESCALATE"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={(form) => {
        const reason = escalationReasons.find((code) => code === textOf(form, "reason"));
        const note = textOf(form, "note");
        if (!reason) return setError(t("applications.forms.ESCALATE.noReason"));
        if (!note) return setError(t("applications.forms.ESCALATE.noNote"));
        setError(null);
        onSend({ type: "ESCALATE", reason: reason satisfies EscalationReason, note });
      }}
    >
      <p className="hint">{t("applications.forms.ESCALATE.hint")}</p>
      <SelectField
        name="reason"
        label={t("applications.forms.ESCALATE.reason")}
        error={null}
        emptyOption={{ label: t("applications.forms.choose"), selectable: false }}
        options={escalationReasons.map((code) => ({
          value: code,
          label: t(`applications.escalationReasons.${code}`),
        }))}
      />
      <TextField
        name="note"
        label={t("applications.forms.ESCALATE.note")}
        error={null}
        autoComplete="off"
        maxLength={200}
      />
    </ActionFormFrame>
  );
}

/** Name, ID type, number and relationship of someone acting for the insured. */
export function CollectorFields({ prefix = "" }: { prefix?: string }) {
  const { t } = useTranslation();
  return (
    <div className="field-grid">
      <TextField
        name={`${prefix}name`}
        label={t("applications.person.agentName")}
        error={null}
        autoComplete="off"
        maxLength={100}
      />
      <SelectField
        name={`${prefix}idType`}
        label={t("applications.person.idType")}
        error={null}
        emptyOption={{ label: t("applications.forms.choose"), selectable: false }}
        options={idTypes.map((type) => ({ value: type, label: t(`applications.idTypes.${type}`) }))}
      />
      <TextField
        name={`${prefix}idNumber`}
        label={t("applications.person.idNumber")}
        error={null}
        autoComplete="off"
        maxLength={64}
      />
      <SelectField
        name={`${prefix}relationship`}
        label={t("applications.person.relationship")}
        error={null}
        emptyOption={{ label: t("applications.forms.choose"), selectable: false }}
        options={relationships.map((value) => ({
          value,
          label: t(`applications.relationships.${value}`),
        }))}
      />
    </div>
  );
}
