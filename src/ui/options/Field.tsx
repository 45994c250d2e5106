import { useId, useState, type ReactNode } from 'react';
import type { ConfigProblem } from '../../config/parse';
import { problemLine } from './state';

interface TextFieldProps {
  label: string;
  initial: string;
  /** Tries the text; returns the problems it would cause (none: the edit was taken). */
  onText(text: string): ConfigProblem[];
  multiline?: boolean;
  type?: 'text' | 'number' | 'url';
  disabled?: boolean;
  hint?: ReactNode;
}

/**
 * A text field validated as the admin types. The text stays as typed, the problems show beside
 * it, and the setting only changes when the text is valid: the form never holds an invalid config.
 */
export function TextField({ label, initial, onText, multiline, type = 'text', disabled, hint }: TextFieldProps) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const change = (next: string) => {
    setValue(next);
    setProblems(onText(next));
  };
  const describedBy = problems.length > 0 ? `${id}-problems` : undefined;
  const common = { id, value, disabled, 'aria-invalid': problems.length > 0, 'aria-describedby': describedBy };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <small>{hint}</small>}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type={type} step={type === 'number' ? 'any' : undefined} onChange={(event) => change(event.target.value)} />
      )}
      {problems.length > 0 && (
        <ul id={describedBy} className="problems" role="alert">
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message.en}`}>{problemLine(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, disabled }: { label: string; value: T; options: { value: T; label: string }[]; onChange(value: T): void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
