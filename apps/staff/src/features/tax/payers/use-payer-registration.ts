import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

interface PayerRegistrationOptions<Input, Registered> {
  /** Sends the registration with the form's own key, so that a retry after a lost answer registers once. */
  register: (input: Input, idempotencyKey: string) => Promise<Registered>;
  /** The payer's page, which opens once it is registered. */
  pageOf: (registered: Registered) => string;
  onError: (error: unknown) => void;
}

/** A payer's registration: once recorded, the payer's page opens and says so. */
export function usePayerRegistration<Input, Registered extends { name: string }>({
  register,
  pageOf,
  onError,
}: PayerRegistrationOptions<Input, Registered>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return useMutation({
    mutationFn: (input: Input) => register(input, idempotencyKey),
    onSuccess: (registered) =>
      navigate(pageOf(registered), {
        state: { done: t("tax.payers.registered", { name: registered.name }) },
      }),
    onError,
  });
}
