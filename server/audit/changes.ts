// The shapes a workflow's audit events are made of (server/<workflow>/audit-events.ts). Kept apart
// from events.ts, which joins the workflows' events: a workflow imports these, events.ts imports
// the workflows, and no module imports itself back (tests/unit/import-cycles.test.ts).

/** A field's value before and after the change (null before a creation). */
export type Change<T> = { before: T; after: T };
export type StatusChange<S> = { status: Change<S> };
/** A change whose fields are only known at run time (an edit of a form's fields). */
export type EditedFields = Record<string, Change<unknown>>;
