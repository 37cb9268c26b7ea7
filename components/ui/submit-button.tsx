"use client";

import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/**
 * A form's submit button that cannot be pressed twice while its form's server
 * action runs. Without JavaScript it is a plain submit button.
 */
export function SubmitButton({ disabled, ...props }: Omit<ComponentProps<typeof Button>, "type">) {
  const { pending } = useFormStatus();
  return <Button {...props} type="submit" disabled={disabled || pending} />;
}
