/**
 * A choice of one among a few, drawn as a row of buttons: native radio buttons underneath, so it is one stop for
 * Tab, arrow keys move the choice, and screen readers say "radio button, 2 of 3".
 */
import { useId } from 'react';

interface Props<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  /** The text of each option. */
  text: (option: T) => string;
  onChange: (option: T) => void;
  className?: string;
}

export function SegmentedControl<T extends string>({ label, options, value, text, onChange, className }: Props<T>) {
  const name = useId();
  return (
    <fieldset className={`segmented ${className ?? ''}`}>
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <label key={option} className="segment">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{text(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
