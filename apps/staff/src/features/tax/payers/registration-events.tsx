import { formatDateTime } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { TaxTable } from "../tax-table";
import type { PayerHistory } from "./payer-history-types";

/** 登记记录: registration, changes and cancellation, each with the day it took effect and who recorded it. */
export function RegistrationEvents({ events }: { events: PayerHistory["events"] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="muted">{t("tax.history.noEvents")}</p>;
  return (
    <TaxTable
      label={t("tax.history.eventsTable")}
      columns={[
        t("tax.history.column.kind"),
        t("tax.history.column.effectiveOn"),
        t("tax.history.column.what"),
        t("tax.history.column.recorded"),
      ]}
    >
      {events.map((event) => (
        <tr key={`${event.recordedAt}-${event.kind}`}>
          <th scope="row">{t(`tax.eventKinds.${event.kind}`)}</th>
          <td className="nowrap">{event.effectiveOn}</td>
          <td>
            <EventDetails event={event} />
          </td>
          <td>
            {formatDateTime(event.recordedAt)}
            {event.recordedBy ? ` · ${event.recordedBy}` : ""}
          </td>
        </tr>
      ))}
    </TaxTable>
  );
}

function EventDetails({ event }: { event: PayerHistory["events"][number] }) {
  const { t } = useTranslation();
  const lines = [
    ...Object.entries(event.changes ?? {}).map(([field, change]) =>
      t("tax.history.changed", {
        field: t([`tax.fields.${field}.label`, "tax.history.field"]),
        from: change.from,
        to: change.to,
      }),
    ),
    ...(event.scheme ? [t(`tax.schemes.${event.scheme}`)] : []),
    ...(event.checkException ? [t("tax.history.checkException")] : []),
    ...(event.employmentsEnded
      ? [t("tax.history.employmentsEnded", { count: event.employmentsEnded })]
      : []),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="tax-lines">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
