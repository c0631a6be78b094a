"use client";
import { createContext, useContext, useState, type ReactNode } from "react";

const NoticeContext = createContext<(text: string | null) => void>(() => {});

/**
 * A polite live region at the top of the review sheet. A form's success message is shown
 * here because the form itself disappears once the page is refreshed (the review is in, the
 * seat is recused, the decision is recorded).
 */
export function SheetNoticeProvider({ children }: { children: ReactNode }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <NoticeContext.Provider value={setText}>
      <div role="status" aria-live="polite">
        {text && <p className="mb-6 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{text}</p>}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

/** Shows (or, with null, clears) the sheet's success message. */
export const useSheetNotice = () => useContext(NoticeContext);
