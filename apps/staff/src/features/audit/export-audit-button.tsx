import { useMutation } from "@tanstack/react-query";
import { failureMessage } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import type { AuditFilters } from "./audit-filters";
import { downloadTextFile } from "./download-text-file";

/** The entries that match the filters, as a CSV file (the export itself is audited). */
export function ExportAuditButton({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const exportCsv = useMutation({
    mutationFn: () => trpcClient.staff.audit.export.query(filters),
    onSuccess: ({ fileName, csv }) => downloadTextFile(fileName, csv, "text/csv;charset=utf-8"),
  });
  return (
    <div className="export-audit">
      <button
        type="button"
        className="button"
        disabled={exportCsv.isPending}
        aria-busy={exportCsv.isPending}
        onClick={() => exportCsv.mutate()}
      >
        {exportCsv.isPending ? t("audit.exporting") : t("audit.export")}
      </button>
      <FormError message={exportCsv.isError ? failureMessage(t, exportCsv.error) : null} />
      <p role="status" className="hint">
        {exportCsv.data ? t("audit.exported", { fileName: exportCsv.data.fileName }) : null}
      </p>
    </div>
  );
}
