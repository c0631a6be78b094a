import { Pill } from "@/components/institutions/status-badge";

/** Whether a member signs for the institution: a pill, or a quiet "no". */
export function SignatoryCell({ signatory, yes, no }: { signatory: boolean; yes: string; no: string }) {
  return signatory ? <Pill>{yes}</Pill> : <span className="text-gray-700">{no}</span>;
}
