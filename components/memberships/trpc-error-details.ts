import { TRPCClientError } from "@trpc/client";

/** The domain code and details the server attached to a tRPC error (see server/trpc/init.ts). */
export function errorFacts(error: unknown): { code: string | null; details: Record<string, string | number> } {
  if (!(error instanceof TRPCClientError)) return { code: null, details: {} };
  const data = error.data as { domainCode?: string | null; details?: Record<string, string | number> | null } | undefined;
  return { code: data?.domainCode ?? null, details: data?.details ?? {} };
}
