import { useMutation } from "@tanstack/react-query";
import { parseYuanToFen } from "@yibao/domain";
import { readServerError, TextField } from "@yibao/ui";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs, RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { accountFailureMessage } from "../errors/account-failure-message";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";
import { useSaleNumber } from "./use-sale-number";

type SettleInput = RouterInputs["staff"]["settlement"]["settle"];

/** A settled sale: the server's answer with the bill and the number it was sent with. */
export type SettledSale = RouterOutputs["staff"]["settlement"]["settle"] &
  Pick<SettleInput, "amountFen" | "terminalTransactionId">;

// Named as the server names them, so that its issues land under the right field.
const fields = ["amountFen", "token", "terminalTransactionId"] as const;
// When the answer was lost on the way, the sale may have gone through: the same number again is
// the safe retry (the server answers a repeated number with the first settlement).
const answerLost = new Set(["NETWORK", "INTERNAL"]);
// What cannot pay leaves its QR code useless: cleared, so that the next scan is not appended.
const codeSpent = new Set(["ECARD_TOKEN_INVALID", "ACCOUNT_SEALED"]);

interface SettleFormProps {
  onStarted: () => void;
  onSettled: (sale: SettledSale) => void;
}

/**
 * One sale at the till: the bill in yuan, the person's e-card code (a scanner types it and
 * presses Enter, which sends the form) and the terminal transaction number, which stays the same
 * until the sale is settled and is then replaced by the next one.
 */
export function SettleForm({ onStarted, onSettled }: SettleFormProps) {
  const { t, i18n } = useTranslation();
  const sale = useSaleNumber();
  const [amount, setAmount] = useState("");
  const [token, setToken] = useState("");
  const [terminalTransactionId, setTerminalTransactionId] = useState(sale.number);
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [numberTaken, setNumberTaken] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const labelId = useId();

  const settle = useMutation({
    mutationFn: (input: SettleInput) => trpcClient.staff.settlement.settle.mutate(input),
    onSuccess: (result, input) => {
      onSettled({
        ...result,
        amountFen: input.amountFen,
        terminalTransactionId: input.terminalTransactionId,
      });
      setAmount("");
      setToken("");
      setTerminalTransactionId(sale.next());
      amountRef.current?.focus();
    },
    onError: (error) => {
      const { domainCode } = readServerError(error);
      const refused = formFailure(t, error, {
        fields,
        fieldOfCode: { ECARD_TOKEN_INVALID: "token" },
        issueText: (field, code) =>
          t([`settlement.issues.${field}.${code}`, `issues.${code}`, "issues.generic"]),
      });
      const formError =
        refused.formError === null
          ? null
          : answerLost.has(domainCode)
            ? `${accountFailureMessage(t, error, i18n.language)} ${t("settlement.form.retrySafe")}`
            : accountFailureMessage(t, error, i18n.language);
      setFailure({ ...refused, formError });
      setNumberTaken(domainCode === "SETTLEMENT_CONFLICT");
      if (codeSpent.has(domainCode)) setToken("");
      if (refused.fieldErrors.token !== undefined || codeSpent.has(domainCode)) {
        tokenRef.current?.focus();
      }
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A scanner's Enter after a click on 结算 must not send the sale twice at once.
    if (settle.isPending) return;
    const fen = parseYuanToFen(amount);
    const fieldErrors: Record<string, string> = {};
    if (!fen.ok) fieldErrors.amountFen = t(`settlement.issues.amountFen.${fen.reason}`);
    if (token.trim() === "") fieldErrors.token = t("settlement.issues.token.EMPTY");
    if (terminalTransactionId.trim() === "") {
      fieldErrors.terminalTransactionId = t("settlement.issues.terminalTransactionId.too_small");
    }
    setFailure({ fieldErrors, formError: null });
    setNumberTaken(false);
    const refs = { amountFen: amountRef, token: tokenRef, terminalTransactionId: numberRef };
    const firstInvalid = fields.find((field) => fieldErrors[field] !== undefined);
    if (firstInvalid) return refs[firstInvalid].current?.focus();
    if (!fen.ok) return;
    onStarted();
    settle.mutate({
      token: token.trim(),
      terminalTransactionId: terminalTransactionId.trim(),
      amountFen: fen.fen,
    });
  }

  return (
    <form className="form settle-form" noValidate aria-labelledby={labelId} onSubmit={onSubmit}>
      <h2 id={labelId}>{t("settlement.form.label")}</h2>
      <FormError message={failure.formError} />
      <TextField
        ref={amountRef}
        name="amount"
        label={t("settlement.form.amount")}
        hint={t("settlement.form.amountHint")}
        error={failure.fieldErrors.amountFen ?? null}
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        className="input input-amount"
      />
      <TextField
        ref={tokenRef}
        name="token"
        label={t("settlement.form.token")}
        hint={t("settlement.form.tokenHint")}
        error={failure.fieldErrors.token ?? null}
        value={token}
        onChange={(event) => setToken(event.target.value)}
        // A scan replaces what is there rather than adding to it.
        onFocus={(event) => event.currentTarget.select()}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={2000}
      />
      <TextField
        ref={numberRef}
        name="terminalTransactionId"
        label={t("settlement.form.terminalTransactionId")}
        hint={t("settlement.form.terminalTransactionIdHint")}
        error={failure.fieldErrors.terminalTransactionId ?? null}
        value={terminalTransactionId}
        onChange={(event) => setTerminalTransactionId(event.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={64}
        className="input numeric"
        addon={
          numberTaken ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setTerminalTransactionId(sale.next());
                setNumberTaken(false);
                setFailure(noFailure);
                numberRef.current?.focus();
              }}
            >
              {t("settlement.form.newNumber")}
            </button>
          ) : null
        }
      />
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={settle.isPending}
          aria-busy={settle.isPending}
        >
          {settle.isPending ? t("settlement.form.submitting") : t("settlement.form.submit")}
        </button>
      </div>
    </form>
  );
}
