"use client";
import { createContext, useContext, useState, type ReactNode } from "react";

type Notice = { text: string } | null;

const NoticeContext = createContext<(notice: Notice) => void>(() => {});

/**
 * A polite live region above a group of row actions. A row's success message is shown here
 * because the row itself often disappears after the refresh (an accepted request moves to the
 * members table); errors stay next to the row, whose data did not change.
 */
export function ActionNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      <div role="status" aria-live="polite">
        {notice && <p className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{notice.text}</p>}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

export const useActionNotice = () => useContext(NoticeContext);
