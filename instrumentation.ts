// Runs once when the server starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Committed changes expire the cached public pages they touch (docs/ARCHITECTURE.md, "Cached public pages").
  const { registerPublicPageRevalidation } = await import("./server/pages/public-page-cache");
  registerPublicPageRevalidation();
}
