"use client";
// First: zod must run jitless in the browser before any form's schema module builds a schema.
import "./zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { useHydrated } from "@/components/auth/use-hydrated";
import { serverErrorOf } from "./server-error";
import { useErrorText } from "./use-error-text";

type Options<S extends z.ZodType<FieldValues, FieldValues>, TData, TError, TVariables, TContext> = {
  /** The server's own input schema (or the part of it the form edits, e.g. `.pick({ reason: true })`). */
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** The tRPC mutation, e.g. `trpc.programmes.cancel.mutationOptions({ onSuccess })`. */
  mutation: UseMutationOptions<TData, TError, TVariables, TContext>;
  /** The call's input from the checked values (adds ids, versions). */
  toInput: (values: z.output<S>) => NoInfer<TVariables>;
};

/**
 * THE form kernel: react-hook-form checked by the zod schema the server checks, submitting one
 * tRPC mutation. A refused call maps once: the server's field errors become the fields' messages
 * (the first one takes focus); anything else (RATE_LIMITED, CONFLICT, …) is `formError`.
 */
export function useMutationForm<S extends z.ZodType<FieldValues, FieldValues>, TData, TError, TVariables, TContext>({
  schema,
  defaultValues,
  mutation: options,
  toInput,
}: Options<S, TData, TError, TVariables, TContext>) {
  const errorText = useErrorText();
  const hydrated = useHydrated();
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never), defaultValues });
  const mutation = useMutation(options);
  const fields = Object.keys(defaultValues ?? {});

  const onSubmit = form.handleSubmit((values) => {
    mutation.mutate(toInput(values), {
      onError: (error) => {
        const refused = Object.entries(serverErrorOf(error)?.fieldErrors ?? {}).filter(([name, keys]) => fields.includes(name) && keys?.length);
        refused.forEach(([name, keys], i) => form.setError(name as Path<z.input<S>>, { type: "server", message: keys?.[0] }, { shouldFocus: i === 0 }));
      },
    });
  });

  /** The translated message of one field (the schema's key, or the server's). */
  const fieldError = (name: Path<z.input<S>>): string | null => {
    const message = form.getFieldState(name, form.formState).error?.message;
    return errorText.key(message);
  };
  const serverFieldRefused = Object.keys(serverErrorOf(mutation.error)?.fieldErrors ?? {}).some((name) => fields.includes(name));

  return {
    form,
    mutation,
    onSubmit,
    fieldError,
    /** The form-level message of a refused call whose field errors are not on this form's fields. */
    formError: mutation.error && !serverFieldRefused ? errorText.message(mutation.error) : null,
    /** Disabled until hydrated (an early click never sends the form as a plain GET), while sending and once done. */
    busy: !hydrated || mutation.isPending || mutation.isSuccess,
  };
}
