// A view model as text and back, keeping its Dates (JSON alone turns them into strings): what the
// public page cache stores (server/pages/public-page-cache.ts).
const DATE = "$date";

export function encodeView(view: unknown): string {
  return JSON.stringify(view, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : value;
  });
}

export function decodeView<View>(text: string): View {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === DATE) return new Date((value as Record<string, string>)[DATE]!);
    }
    return value;
  }) as View;
}
