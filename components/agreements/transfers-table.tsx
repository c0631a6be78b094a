import type { Transfer } from "./types";
import { RecordTable } from "@/components/ui/record-table";

type Labels = { from: string; to: string; safeguard: string; none: string; domestic: string; empty: string };

/** Cross-border transfers: origin, destination and safeguard, with country and safeguard names. */
export function TransfersTable({ transfers, country, safeguard, labels }: { transfers: Transfer[]; country: (code: string) => string; safeguard: (code: string) => string; labels: Labels }) {
  if (transfers.length === 0) return <p className="mb-3 text-gray-700">{labels.empty}</p>;
  return (
    <RecordTable
      plain
      dense
      className="mb-4"
      rows={transfers}
      rowKey={(_x, i) => String(i)}
      columns={[
        { header: labels.from, cell: (x) => (x.fromCountry ? country(x.fromCountry) : "—") },
        { header: labels.to, cell: (x) => (x.toCountry ? country(x.toCountry) : "—") },
        { header: labels.safeguard, cell: (x) => (x.safeguard ? safeguard(x.safeguard) : x.fromCountry && x.fromCountry === x.toCountry ? labels.domestic : labels.none) },
      ]}
    />
  );
}
