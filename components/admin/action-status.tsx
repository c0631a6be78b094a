"use client";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Announce = (message: string | null) => void;

const ActionStatusContext = createContext<Announce>(() => {});

/**
 * A page-level live region for the outcome of admin actions. It sits above the lists, so the
 * message survives when the changed row moves to another list (or leaves the page) after refresh.
 */
export function ActionStatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const announce = useCallback<Announce>((m) => setMessage(m), []);
  return (
    <ActionStatusContext.Provider value={announce}>
      <div aria-live="polite" aria-atomic="true">
        {message && <p className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{message}</p>}
      </div>
      {children}
    </ActionStatusContext.Provider>
  );
}

/** Shows a success message in the page's status region (null clears it). */
export function useAnnounce(): Announce {
  return useContext(ActionStatusContext);
}
