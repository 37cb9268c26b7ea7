import type { ComponentProps, ReactNode } from "react";

// The look of every text box and select box, and of their labels, is in the
// stylesheet (.form-control, .form-label in app/globals.css): one short class
// instead of a utility list on each of a form's many controls.
const control = "form-control";

// red-800 on white is about 8:1, well above the 4.5:1 WCAG 2.2 AA asks of text.
const errorText = "font-semibold text-red-800";

/** What `Field` hands its control: the id its label names, and the texts that describe it. */
export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/** The ids a control is described by, in reading order; undefined when there are none. */
const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

/**
 * A labelled form field: the label, an optional hint, the error message when
 * there is one (already in the visitor's language), then the control, which
 * receives its id, `aria-describedby` (hint, then error) and `aria-invalid`:
 *
 *     <Field id="email" label={t("email")} error={errors.email}>
 *       {(control) => <TextInput {...control} name="email" type="email" />}
 *     </Field>
 *
 * The hint's id is `<id>-hint` and the error's `<id>-error`; the error summary
 * links to `#<id>`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  describedBy: more,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  /** Ids of descriptions outside the field, e.g. a hint shared by two fields side by side. */
  describedBy?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={`mt-1 ${errorText}`}>
          {error}
        </p>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy(hintId, more, errorId),
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

const controlClass = (className?: string) => (className ? `${control} ${className}` : control);

// The controls put id and name first, so the markup reads like the form.

export function TextInput({ id, name, className, ...props }: ComponentProps<"input">) {
  return <input id={id} name={name} {...props} className={controlClass(className)} />;
}

export function Select({ id, name, className, ...props }: ComponentProps<"select">) {
  return <select id={id} name={name} {...props} className={controlClass(className)} />;
}

export function TextArea({ id, name, className, ...props }: ComponentProps<"textarea">) {
  return <textarea id={id} name={name} {...props} className={controlClass(className)} />;
}

/**
 * A check box with its label beside it, its error message above (GOV.UK
 * order) and an optional hint under the label.
 */
export function Checkbox({
  id,
  name,
  label,
  hint,
  error,
  ...props
}: Omit<ComponentProps<"input">, "type" | "id" | "className"> & {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      {error ? (
        <p id={errorId} className={`mb-4 ${errorText}`}>
          {error}
        </p>
      ) : null}
      <div className="flex gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          {...props}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
          className="mt-1 size-5 shrink-0"
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={hintId} className="pl-8 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
