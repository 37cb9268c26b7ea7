"use client";

import { useEffect, useId, useState } from "react";
import { Checkbox, Field, TextInput } from "../ui/field";

/**
 * A password box with a "show password" checkbox. The checkbox is a plain
 * form control: with JavaScript it switches the box between hidden and shown
 * characters; without JavaScript there is nothing it could switch, so it is
 * not offered (the `hidden` attribute comes off once the page runs scripts).
 */
export function PasswordField({
  id,
  name,
  label,
  hint,
  error,
  showLabel,
  autoComplete,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  showLabel: string;
  autoComplete: "current-password" | "new-password";
}) {
  const [shown, setShown] = useState(false);
  const [scripted, setScripted] = useState(false);
  const toggle = useId();
  useEffect(() => setScripted(true), []);
  return (
    <div>
      <Field id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <TextInput
            {...control}
            name={name}
            type={shown ? "text" : "password"}
            autoComplete={autoComplete}
            autoCapitalize="none"
            spellCheck={false}
            maxLength={512}
            required
          />
        )}
      </Field>
      <div className="mt-2" hidden={!scripted}>
        <Checkbox id={toggle} label={showLabel} checked={shown} onChange={(event) => setShown(event.target.checked)} />
      </div>
    </div>
  );
}
