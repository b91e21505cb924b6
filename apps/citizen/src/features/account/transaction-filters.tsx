import { useQuery } from "@tanstack/react-query";
import { type LedgerEntryKind, ledgerEntryKinds } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { monthChoices } from "./month-choices";
import { thisMonth } from "./this-month";

export interface TransactionFilter {
  month: string | null;
  kind: LedgerEntryKind | null;
}

interface TransactionFiltersProps {
  filter: TransactionFilter;
  onChange: (filter: TransactionFilter) => void;
}

/**
 * The month (a list over the account's years) and the kind (全部 · 划入 · 支出 · 冲正). Each
 * choice applies at once; the list below changes, nothing else on the page moves.
 */
export function TransactionFilters({ filter, onChange }: TransactionFiltersProps) {
  const { t, i18n } = useTranslation();
  const monthId = useId();
  const kindName = useId();
  // The account's years come with its contributions; until they arrive, this year's months.
  const contributions = useQuery(trpc.citizen.account.contributions.queryOptions({}));
  const groups = monthChoices(contributions.data?.years ?? [], thisMonth());
  const kinds = [null, ...ledgerEntryKinds] as const;

  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={monthId} className="field-label">
          {t("transactions.month")}
        </label>
        <select
          id={monthId}
          className="input select"
          value={filter.month ?? ""}
          onChange={(event) => onChange({ ...filter, month: event.target.value || null })}
        >
          <option value="">{t("transactions.allMonths")}</option>
          {groups.map((group) => (
            <optgroup key={group.year} label={t("contributions.year", { year: group.year })}>
              {group.months.map((month) => (
                <option key={month} value={month}>
                  {formatMonth(month, i18n.language)}
                </option>
              ))}
            </optgroup>
          ))}
          {/* A month from the address that the list does not offer (yet) still shows as chosen. */}
          {filter.month && !groups.some((group) => group.months.includes(filter.month ?? "")) ? (
            <option value={filter.month}>{formatMonth(filter.month, i18n.language)}</option>
          ) : null}
        </select>
      </div>
      <fieldset className="segments">
        <legend className="field-label">{t("transactions.kindLegend")}</legend>
        <div className="segment-options">
          {kinds.map((kind) => (
            <label key={kind ?? "all"} className="segment">
              <input
                type="radio"
                name={kindName}
                value={kind ?? ""}
                checked={filter.kind === kind}
                onChange={() => onChange({ ...filter, kind })}
              />
              <span>{t(`transactions.kind.${kind ?? "all"}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
