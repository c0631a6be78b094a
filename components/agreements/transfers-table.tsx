import type { Transfer } from "./types";

type Labels = { from: string; to: string; safeguard: string; none: string; domestic: string; empty: string };

/** Cross-border transfers: origin, destination and safeguard, with country and safeguard names. */
export function TransfersTable({ transfers, country, safeguard, labels }: { transfers: Transfer[]; country: (code: string) => string; safeguard: (code: string) => string; labels: Labels }) {
  if (transfers.length === 0) return <p className="mb-3 text-gray-700">{labels.empty}</p>;
  return (
    <div className="mb-4 overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-1 pe-4 text-start font-medium">{labels.from}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{labels.to}</th>
            <th scope="col" className="py-1 text-start font-medium">{labels.safeguard}</th>
          </tr>
        </thead>
        <tbody>
          {transfers.map((x, i) => (
            <tr key={i} className="border-b border-gray-100">
              <td className="py-1 pe-4">{x.fromCountry ? country(x.fromCountry) : "—"}</td>
              <td className="py-1 pe-4">{x.toCountry ? country(x.toCountry) : "—"}</td>
              <td className="py-1">{x.safeguard ? safeguard(x.safeguard) : x.fromCountry && x.fromCountry === x.toCountry ? labels.domestic : labels.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
