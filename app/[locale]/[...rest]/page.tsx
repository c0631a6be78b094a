import { notFound } from "next/navigation";

/** Any unknown address under a locale gets the translated not-found page. */
export default function UnknownPage() {
  notFound();
}
