import type { ReactNode } from "react";
import { ClientMessages } from "@/components/providers/client-messages";
import { APP_CLIENT_NAMESPACES } from "@/components/providers/client-namespaces";
import { TRPCReactProvider } from "@/components/providers/trpc-provider";

/**
 * Signed-in areas and account forms: the only pages that load the tRPC client and the only ones
 * whose client components need messages (APP_CLIENT_NAMESPACES). Each page checks access itself.
 */
export default function AppLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={APP_CLIENT_NAMESPACES}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </ClientMessages>
  );
}
