import { useId, useState } from 'react';
import type { ConfigProblem } from '../../config/parse';
import { jsonPath } from '../../config/parse';
import type { SettingKey } from '../../config/schema';
import { t } from '../../i18n/t';
import { problemLine } from './state';

type Item = Record<string, unknown>;

export type FieldSpec =
  | { path: string[]; label: string; kind: 'text' | 'textarea' }
  | { path: string[]; label: string; kind: 'select'; options: { value: string; label: string }[] }
  | { path: string[]; label: string; kind: 'checkbox' }
  | { path: string[]; label: string; kind: 'checkboxes'; options: { value: string; label: string }[] };

const get = (item: Item, path: string[]): unknown => path.reduce<unknown>((value, key) => (value as Item | undefined)?.[key], item);
const set = (item: Item, [key, ...rest]: string[], value: unknown): Item => ({ ...item, [key!]: rest.length === 0 ? value : set((item[key!] ?? {}) as Item, rest, value) });

/**
 * A list of records (team patterns, saved replies) edited field by field. The items are kept as
 * typed; the whole list is proposed on every edit and the setting changes only while it is valid.
 * Problems show under the field they belong to.
 */
export function ItemsEditor({ setting, items: initial, fields, blank, propose, itemLabel }: {
  setting: SettingKey;
  items: Item[];
  fields: FieldSpec[];
  blank: Item;
  propose(key: SettingKey, value: unknown): ConfigProblem[];
  itemLabel(item: Item, index: number): string;
}) {
  const id = useId();
  const [items, setItems] = useState<Item[]>(initial);
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const update = (next: Item[]) => {
    setItems(next);
    setProblems(propose(setting, next));
  };
  const problemsAt = (index: number, path: string[]) => {
    const at = jsonPath([setting, index, ...path]);
    return problems.filter((p) => p.path === at || p.path.startsWith(`${at}[`) || p.path.startsWith(`${at}.`));
  };
  const listProblems = problems.filter((p) => p.path === jsonPath([setting]));

  return (
    <div className="items">
      {items.length === 0 && <p className="empty">{t('cfgNoItems')}</p>}
      {items.map((item, index) => (
        <fieldset key={index} className="item" aria-label={itemLabel(item, index)}>
          <legend>{itemLabel(item, index)}</legend>
          {fields.map((field) => {
            const fieldId = `${id}-${index}-${field.path.join('-')}`;
            const own = problemsAt(index, field.path);
            const described = own.length > 0 ? `${fieldId}-problems` : undefined;
            const value = get(item, field.path);
            const change = (next: unknown) => update(items.map((it, i) => (i === index ? set(it, field.path, next) : it)));
            return (
              <div className="field" key={field.path.join('.')}>
                {field.kind === 'checkboxes' ? (
                  <fieldset>
                    <legend>{field.label}</legend>
                    {field.options.map((option) => {
                      const chosen = Array.isArray(value) ? (value as string[]) : [];
                      return (
                        <label key={option.value} className="check">
                          <input
                            type="checkbox"
                            checked={chosen.includes(option.value)}
                            onChange={(event) => change(event.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value))}
                          />
                          {option.label}
                        </label>
                      );
                    })}
                  </fieldset>
                ) : field.kind === 'checkbox' ? (
                  <label className="check">
                    <input type="checkbox" checked={value !== false} onChange={(event) => change(event.target.checked)} />
                    {field.label}
                  </label>
                ) : (
                  <>
                    <label htmlFor={fieldId}>{field.label}</label>
                    {field.kind === 'select' ? (
                      <select id={fieldId} value={String(value ?? '')} onChange={(event) => change(event.target.value)} aria-invalid={own.length > 0} aria-describedby={described}>
                        {field.options.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    ) : field.kind === 'textarea' ? (
                      <textarea id={fieldId} rows={3} value={String(value ?? '')} onChange={(event) => change(event.target.value)} aria-invalid={own.length > 0} aria-describedby={described} />
                    ) : (
                      <input id={fieldId} value={String(value ?? '')} onChange={(event) => change(event.target.value)} aria-invalid={own.length > 0} aria-describedby={described} />
                    )}
                  </>
                )}
                {own.length > 0 && (
                  <ul id={described} className="problems" role="alert">
                    {own.map((p) => (
                      <li key={`${p.path}:${p.message.en}`}>{problemLine(p)}</li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
          <button type="button" onClick={() => update(items.filter((_, i) => i !== index))}>
            {t('cfgRemove')}
          </button>
        </fieldset>
      ))}
      {listProblems.length > 0 && (
        <ul className="problems" role="alert">
          {listProblems.map((p) => (
            <li key={p.message.en}>{problemLine(p)}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => update([...items, structuredClone(blank)])}>
        {t('cfgAdd')}
      </button>
    </div>
  );
}
