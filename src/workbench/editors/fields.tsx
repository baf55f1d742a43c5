/** Labelled form controls for record fields: text, long text, number and a choice from an enum. */
import { useId } from 'react';

export function TextField({ label, value, onChange, long = false, lang }: { label: string; value: string; onChange: (value: string) => void; long?: boolean; lang?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {long ? (
        <textarea id={id} value={value} lang={lang} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} value={value} lang={lang} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

export function NumberField({ label, value, onChange, min, step = 1 }: { label: string; value: number | undefined; onChange: (value: number | undefined) => void; min?: number; step?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        value={value ?? ''}
        min={min}
        step={step}
        onChange={(event) => onChange(event.target.value === '' || !Number.isFinite(event.target.valueAsNumber) ? undefined : event.target.valueAsNumber)}
      />
    </div>
  );
}

export function ChoiceField<T extends string>({ label, value, options, optionLabel, onChange }: { label: string; value: T; options: readonly T[]; optionLabel: (option: T) => string; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
