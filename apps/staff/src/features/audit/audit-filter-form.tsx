import { auditActions } from "@yibao/domain";
import { issueMessage, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../forms/select-field";
import {
  type AuditFilterField,
  type AuditFilters,
  auditFilterFields,
  readAuditFilters,
} from "./audit-filters";

interface AuditFilterFormProps {
  onSearch: (filters: AuditFilters) => void;
  searching: boolean;
}

/**
 * Whose trail, whose actions, what, when. The resident ID stays in this form and the request's
 * body (the server looks it up by its blind index): never in the address bar or the history.
 */
export function AuditFilterForm({ onSearch, searching }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<AuditFilterField, string>>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const typed = Object.fromEntries(
      auditFilterFields.map((field) => [field, String(data.get(field) ?? "")]),
    ) as Record<AuditFilterField, string>;
    const { filters, issues } = readAuditFilters(typed);
    const next: Partial<Record<AuditFilterField, string>> = {};
    for (const issue of issues) {
      const field = auditFilterFields.find((name) => name === issue.path[0]);
      if (field && !next[field]) next[field] = issueMessage(t, field, issue.code);
    }
    setErrors(next);
    const firstInvalid = auditFilterFields.find((field) => next[field]);
    if (firstInvalid) {
      const input = form.elements.namedItem(firstInvalid);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    onSearch(filters);
  }

  return (
    <form
      className="filter-form"
      noValidate
      onSubmit={onSubmit}
      onReset={() => {
        setErrors({});
        onSearch({});
      }}
      aria-label={t("audit.filtersLabel")}
    >
      <p className="hint filter-intro">{t("audit.filtersIntro")}</p>
      <TextField
        name="residentId"
        label={t("audit.residentId")}
        error={errors.residentId ?? null}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
      />
      <TextField
        name="actor"
        label={t("audit.actor")}
        error={errors.actor ?? null}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
      />
      <SelectField
        name="action"
        label={t("audit.action")}
        error={errors.action ?? null}
        emptyOption={{ label: t("audit.anyAction"), selectable: true }}
        options={auditActions.map((action) => ({
          value: action,
          label: t(`auditActions.${action}`),
        }))}
      />
      <TextField name="from" type="date" label={t("audit.from")} error={errors.from ?? null} />
      <TextField name="to" type="date" label={t("audit.to")} error={errors.to ?? null} />
      <div className="button-row filter-buttons">
        <button
          type="submit"
          className="button button-primary"
          disabled={searching}
          aria-busy={searching}
        >
          {t("audit.search")}
        </button>
        <button type="reset" className="button">
          {t("audit.clear")}
        </button>
      </div>
    </form>
  );
}
