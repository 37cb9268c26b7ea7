import type { ComponentProps } from "react";

const variants = {
  primary: "bg-gold-400 text-brand-950 hover:bg-gold-300",
  outline: "border-2 border-white/80 text-white hover:bg-white/10",
  solid: "bg-brand-700 text-white hover:bg-brand-800",
  light: "border-2 border-brand-700 text-brand-800 hover:bg-brand-50",
} as const;

type Props = ComponentProps<"a"> & { variant?: keyof typeof variants };

/** A link styled as a button, for calls to action that navigate (not printed, like buttons). */
export function LinkButton({ variant = "primary", className = "", ...props }: Props) {
  return (
    <a
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2.5 text-base font-semibold transition-colors print:hidden ${variants[variant]} ${className}`}
    />
  );
}
