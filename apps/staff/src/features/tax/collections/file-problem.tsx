import { collectionColumns } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CollectionView } from "./collection-types";

/** Why the file could not be read as a collection at all, and what to do: nothing of it was checked. */
export function FileProblem({ problem }: { problem: NonNullable<CollectionView["fileProblem"]> }) {
  const { t } = useTranslation();
  const names = (keys: readonly (keyof typeof collectionColumns)[]) =>
    keys.map((key) => collectionColumns[key]).join(t("tax.listSeparator"));
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {t([
          `tax.collections.fileProblems.${problem.code}`,
          "tax.collections.fileProblems.generic",
        ])}
      </p>
      {"missing" in problem && problem.missing.length > 0 ? (
        <p>{t("tax.collections.missingColumns", { columns: names(problem.missing) })}</p>
      ) : null}
      {"duplicated" in problem && problem.duplicated.length > 0 ? (
        <p>{t("tax.collections.duplicatedColumns", { columns: names(problem.duplicated) })}</p>
      ) : null}
      <p>
        <Link to="/collections">{t("tax.collections.sendAnother")}</Link>
      </p>
    </div>
  );
}
