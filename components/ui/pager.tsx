import { Link } from "@/i18n/navigation";

/** Previous / next links of a paged list (`?page=N`); nothing when everything fits on one page. */
export function Pager({ label, path, page, pages, previous, next, status }: { label: string; path: string; page: number; pages: number; previous: string; next: string; status?: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex gap-4">
      {page > 1 && <Link href={`${path}?page=${page - 1}`}>{previous}</Link>}
      {status && <span>{status}</span>}
      {page < pages && <Link href={`${path}?page=${page + 1}`}>{next}</Link>}
    </nav>
  );
}
