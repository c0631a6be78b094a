import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/components/providers/trpc-provider";

/** Signed-in areas and account forms: the only pages that load the tRPC client. Each page checks access itself. */
export default function AppLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
