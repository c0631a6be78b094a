"use client";
import "@/components/forms/zod-jitless";
import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import { reasonInput } from "@/server/common/schemas";
import { TextArea } from "./field";

/** The server's own rule for a required reason (cancel, recuse; suspend and reject ask for one too). */
export const reasonSchema = reasonInput;
export const REASON_MAX = 2000;

type ReasonKit = {
  form: UseFormReturn<{ reason: string }, unknown, { reason: string }>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  fieldError: (name: "reason") => string | null;
};

/** One inline form asking for a reason before a consequential action: text above, the reason, the buttons. */
export function ReasonForm({
  kit,
  formId,
  id,
  label,
  hint,
  className,
  labelledBy,
  before,
  children,
}: {
  kit: ReasonKit;
  formId?: string;
  /** The textarea's id. */
  id: string;
  label: string;
  hint?: string;
  className: string;
  labelledBy?: string;
  before?: ReactNode;
  /** The buttons and the form-level message. */
  children: ReactNode;
}) {
  return (
    <form id={formId} onSubmit={kit.onSubmit} noValidate aria-labelledby={labelledBy} className={className}>
      {before}
      <TextArea
        label={label}
        id={id}
        hint={hint}
        error={kit.fieldError("reason")}
        {...kit.form.register("reason")}
        required
        aria-required="true"
        maxLength={REASON_MAX}
        rows={3}
        autoFocus
      />
      {children}
    </form>
  );
}
