/** A header disclosure's panel: the width of the header on phones (never off-screen, in either direction), under its button from `sm` up. */
export const MENU_PANEL = "absolute inset-x-4 z-20 mt-1 rounded border border-gray-200 bg-white py-1 shadow sm:inset-x-auto sm:end-0 sm:w-48";
/** A header disclosure's button. */
export const MENU_SUMMARY = "cursor-pointer list-none rounded px-2 py-1 hover:bg-brand-50 [&::-webkit-details-marker]:hidden";
