"use client";
// The message textarea with @mentions: typing "@" opens a list of the people who can read the
// thread (WAI-ARIA listbox driven from the textarea: arrows move, Enter or Tab chooses, Escape
// closes; the count and the choice are announced). Choosing inserts "@Name" and records its handle;
// the chosen people are listed below, each removable.
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type Ref } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextArea } from "@/components/forms/field";
import type { MentionCandidate } from "@/server/discussions/mentions";
import { mentionInsert, mentionLabel } from "./mention-labels";
import { insertMention, matchesQuery, mentionQueryAt, type MentionQuery } from "./mention-query";

const SHOWN = 8;

type Props = {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  maxLength: number;
  field: UseFormRegisterReturn;
  candidates: readonly MentionCandidate[];
  chosen: readonly string[];
  onChosen: (handles: string[]) => void;
  onText: (text: string) => void;
};

export function MentionComposer({ id, label, hint, error, maxLength, field, candidates, chosen, onChosen, onText }: Props) {
  const t = useTranslations("discussions");
  const area = useRef<HTMLTextAreaElement | null>(null);
  const [at, setAt] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState("");
  const label_ = (c: MentionCandidate) => mentionLabel(t, c.person);
  const matches = at ? candidates.filter((c) => matchesQuery(label_(c), at.query) || matchesQuery(mentionInsert(t, c.text), at.query)).slice(0, SHOWN) : [];
  const open = at !== null && candidates.length > 0;
  const listId = `${id}-mentions`;
  const optionId = (i: number) => `${id}-mention-${i}`;

  const look = (el: HTMLTextAreaElement) => {
    const found = mentionQueryAt(el.value, el.selectionStart ?? el.value.length);
    setAt(found);
    setActive(0);
    if (found && candidates.length > 0) {
      const count = candidates.filter((c) => matchesQuery(label_(c), found.query) || matchesQuery(mentionInsert(t, c.text), found.query)).slice(0, SHOWN).length;
      setSaid(t("mention.count", { count }));
    }
  };

  const choose = (c: MentionCandidate) => {
    const el = area.current;
    if (!el || !at) return;
    const next = insertMention(el.value, el.selectionStart ?? el.value.length, at, mentionInsert(t, c.text));
    onText(next.text);
    el.value = next.text;
    el.setSelectionRange(next.caret, next.caret);
    if (!chosen.includes(c.handle)) onChosen([...chosen, c.handle]);
    setAt(null);
    setSaid(t("mention.chosen", { name: label_(c) }));
    el.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      setAt(null);
      setSaid(t("mention.closed"));
    } else if (matches.length && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (matches.length && (event.key === "Enter" || event.key === "Tab")) {
      event.preventDefault();
      const c = matches[Math.min(active, matches.length - 1)];
      if (c) choose(c);
    }
  };

  const ref: Ref<HTMLTextAreaElement> = (el) => {
    area.current = el;
    field.ref(el);
  };
  const chosenPeople = chosen.flatMap((h) => candidates.find((c) => c.handle === h) ?? []);

  return (
    <div className="relative">
      <TextArea
        label={label}
        id={id}
        hint={hint}
        error={error}
        maxLength={maxLength}
        required
        aria-required="true"
        aria-autocomplete={candidates.length ? "list" : undefined}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && matches.length ? optionId(Math.min(active, matches.length - 1)) : undefined}
        {...field}
        ref={ref}
        onChange={(event) => {
          void field.onChange(event);
          look(event.currentTarget);
        }}
        onClick={(event) => look(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          void field.onBlur(event);
          setAt(null);
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={t("mention.suggestions")} className="absolute inset-x-0 z-10 -mt-3 max-h-64 overflow-y-auto rounded border border-gray-300 bg-white shadow-lg">
          {matches.length === 0 && <li className="px-3 py-2 text-sm text-gray-600">{t("mention.none")}</li>}
          {matches.map((c, i) => (
            <li
              key={c.handle}
              id={optionId(i)}
              role="option"
              aria-selected={i === Math.min(active, matches.length - 1)}
              className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-brand-100 aria-selected:font-semibold"
              // Keeps the focus in the textarea (a click would blur it first and close the list).
              onMouseDown={(event) => {
                event.preventDefault();
                choose(c);
              }}
            >
              {c.person.kind === "reviewer" && !c.person.name ? label_(c) : <bdi>{label_(c)}</bdi>}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
      {chosenPeople.length > 0 && (
        <div className="mb-4">
          <p className="text-sm font-medium">{t("reply.mentions")}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {chosenPeople.map((c) => (
              <li key={c.handle} className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm">
                <bdi>{label_(c)}</bdi>
                <button type="button" className="min-h-6 min-w-6 rounded-full px-1 font-bold" aria-label={t("mention.remove", { name: label_(c) })} onClick={() => onChosen(chosen.filter((h) => h !== c.handle))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
