"use client";
import { useEffect, useRef } from "react";

/** A ref to put on the message area of a form: it takes focus whenever a new error appears. */
export function useFocusOnError<T extends HTMLElement>(error: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  return ref;
}
