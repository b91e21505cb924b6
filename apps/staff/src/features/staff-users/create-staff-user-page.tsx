import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isPrivilegedStaffRole, staffRoles, usernameSchema } from "@yibao/domain";
import {
  issueMessage,
  issuesFromParse,
  PageHeading,
  QueryError,
  TextField,
  useDocumentTitle,
} from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterInputs } from "../../api-types";
import { trpc, trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";
import { SelectField } from "../forms/select-field";
import { displayNameSchema } from "./display-name-schema";
import { TemporaryPassword } from "./temporary-password";

type CreateInput = RouterInputs["staff"]["users"]["create"];
const fields = ["username", "displayName", "role", "servicePointCode"] as const;

/** The administrator creates the ordinary roles only: the security officer grants the others. */
const creatableRoles = staffRoles.filter((role) => !isPrivilegedStaffRole(role));

/**
 * 新建经办账号. The account gets a temporary password, shown once here; its owner enrols a
 * second factor and sets their own password at the first sign-in.
 */
export function CreateStaffUserPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const servicePoints = useQuery(trpc.staff.servicePoints.list.queryOptions());
  const create = useMutation({
    mutationFn: (input: CreateInput) =>
      trpcClient.staff.users.create.mutate(input).then((result) => ({ ...result, input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.users.list.pathKey() }),
    onError: (error) => setFailure(formFailure(t, error, { fields })),
  });
  useDocumentTitle(t("pages.createStaffUser"));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "");
    const fieldErrors: Record<string, string> = {};
    const username = usernameSchema.safeParse(value("username"));
    const usernameIssue = username.success ? undefined : issuesFromParse(username.error.issues)[0];
    if (usernameIssue) fieldErrors.username = issueMessage(t, "username", usernameIssue.code);
    const displayName = displayNameSchema.safeParse(value("displayName"));
    if (!displayName.success) fieldErrors.displayName = t("fields.displayName.issues.EMPTY");
    const role = creatableRoles.find((candidate) => candidate === value("role"));
    if (!role) fieldErrors.role = t("staffUsers.roleRequired");
    const servicePointCode = value("servicePointCode");
    if (servicePointCode === "")
      fieldErrors.servicePointCode = t("staffUsers.servicePointRequired");
    setFailure({ fieldErrors, formError: null });
    const firstInvalid = fields.find((field) => fieldErrors[field]);
    if (firstInvalid) {
      const input = form.elements.namedItem(firstInvalid);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    if (username.success && displayName.success && role) {
      create.mutate({
        username: username.data,
        displayName: displayName.data,
        role,
        servicePointCode,
      });
    }
  }

  if (create.data) {
    return (
      <>
        <PageHeading>{t("staffUsers.created")}</PageHeading>
        <dl className="facts">
          <div>
            <dt>{t("staffUsers.username")}</dt>
            <dd>
              <code>{create.data.input.username}</code>
            </dd>
          </div>
          <div>
            <dt>{t("staffUsers.displayName")}</dt>
            <dd>{create.data.input.displayName}</dd>
          </div>
          <div>
            <dt>{t("staff.role")}</dt>
            <dd>{t(`roles.${create.data.input.role}`)}</dd>
          </div>
        </dl>
        <TemporaryPassword password={create.data.temporaryPassword} />
        <p>{t("staffUsers.createdNext")}</p>
        <div className="button-row">
          <Link to="/staff-users" className="button button-primary">
            {t("staffUsers.backToList")}
          </Link>
          <button type="button" className="button" onClick={() => create.reset()}>
            {t("staffUsers.createAnother")}
          </button>
        </div>
      </>
    );
  }

  const selectError = (name: "role" | "servicePointCode") => failure.fieldErrors[name] ?? null;
  return (
    <>
      <PageHeading>{t("pages.createStaffUser")}</PageHeading>
      <p>{t("staffUsers.createIntro")}</p>
      <form
        className="form narrow-form"
        noValidate
        onSubmit={onSubmit}
        aria-busy={create.isPending}
      >
        <FormError message={failure.formError} />
        <TextField
          name="username"
          label={t("fields.username.label")}
          hint={t("fields.username.hint")}
          error={failure.fieldErrors.username ?? null}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <TextField
          name="displayName"
          label={t("fields.displayName.label")}
          error={failure.fieldErrors.displayName ?? null}
          autoComplete="off"
        />
        <SelectField
          name="role"
          label={t("staff.role")}
          error={selectError("role")}
          emptyOption={{ label: t("staffUsers.choose"), selectable: false }}
          options={creatableRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        {servicePoints.isError ? (
          <QueryError error={servicePoints.error} onRetry={() => void servicePoints.refetch()} />
        ) : (
          <SelectField
            name="servicePointCode"
            label={t("staff.servicePoint")}
            error={selectError("servicePointCode")}
            emptyOption={{ label: t("staffUsers.choose"), selectable: false }}
            options={(servicePoints.data ?? []).map((point) => ({
              value: point.code,
              label: `${point.name}（${t(`servicePointKinds.${point.kind}`)}）`,
            }))}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t("staffUsers.createSubmit")}
          </button>
          <Link to="/staff-users" className="button">
            {t("staffUsers.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
