import type { ComponentProps } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

const base = "inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold disabled:opacity-70";

type Props = ComponentProps<"button"> & { variant?: keyof typeof variants };

/**
 * A button at least 44 px high, focused with the site's focus ring. It submits
 * its form unless told otherwise (`type="button"` for one that only runs a
 * script).
 */
export function Button({ variant = "primary", type = "submit", className, ...props }: Props) {
  return <button type={type} {...props} className={[base, variants[variant], className].filter(Boolean).join(" ")} />;
}
