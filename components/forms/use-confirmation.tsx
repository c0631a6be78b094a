"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A confirm step before an irreversible action (issue #15.6): `ask(action, question)` opens a
 * native modal <dialog> (focus moves into it, Escape or "Cancel" closes it and returns focus to
 * the button that opened it); "Confirm" closes it and runs the action. Render `dialog` once.
 */
export function useConfirmation(confirmLabel?: string): { ask: (action: () => void, question: string) => void; dialog: ReactNode } {
  const t = useTranslations("common.actions");
  const ref = useRef<HTMLDialogElement>(null);
  const pending = useRef<(() => void) | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  const ask = (action: () => void, question: string) => {
    pending.current = action;
    if (questionRef.current) questionRef.current.textContent = question;
    ref.current?.showModal();
  };
  const confirm = () => {
    const action = pending.current;
    pending.current = null;
    ref.current?.close();
    action?.();
  };

  const dialog = (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-question`}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-gray-300 bg-white p-5 text-gray-900 shadow-xl backdrop:bg-black/40"
    >
      <p id={`${id}-question`} ref={questionRef} className="mb-4 text-base" />
      <div className="flex flex-wrap gap-2">
        <Button onClick={confirm}>{confirmLabel ?? t("confirm")}</Button>
        <Button variant="secondary" autoFocus onClick={() => ref.current?.close()}>
          {t("cancel")}
        </Button>
      </div>
    </dialog>
  );
  return { ask, dialog };
}
