// Runs once when the server starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Committed changes expire the cached public pages they touch (docs/ARCHITECTURE.md, "Cached public pages").
  const { registerPublicCacheExpiry } = await import("./server/http/visitor-cache");
  registerPublicCacheExpiry();
}
