import { useId, useState } from 'react';
import type { ConfigProblem } from '../../config/parse';
import { parseConfig } from '../../config/parse';
import { problemText } from '../../config/messages';
import type { RuleConfig } from '../../config/schema';
import type { ConfigState } from '../../messaging/protocol';
import { t } from '../../i18n/t';
import { ask, problemLine } from './state';

/**
 * Import (a file replaces the admin's own edits, or is refused whole with every problem), export
 * of the config in force, and reset to the defaults.
 */
export function ImportExport({ config, onState }: { config: RuleConfig; onState(state: ConfigState): void }) {
  const id = useId();
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const [done, setDone] = useState<string>();

  const save = async (document: Record<string, unknown>, message: string) => {
    const answer = await ask({ type: 'config/save', document });
    if (answer?.ok) {
      setProblems([]);
      setDone(message);
      onState(answer.state);
    } else setProblems(answer?.problems ?? []);
  };

  const importFile = async (file: File) => {
    setDone(undefined);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      setProblems([{ path: '$', message: problemText.notJson(error instanceof Error ? error.message : String(error)) }]);
      return;
    }
    const parsed = parseConfig(json);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    await save(json as Record<string, unknown>, t('cfgImported'));
  };

  const exportFile = () => {
    const blob = new Blob([`${JSON.stringify(config, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'pilar-config.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('cfgFile')}</h2>
      <label htmlFor={id}>{t('cfgImport')}</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button type="button" onClick={exportFile}>
        {t('cfgExport')}
      </button>
      <button type="button" onClick={() => void save({}, t('cfgSaved'))}>
        {t('cfgReset')}
      </button>
      {done && (
        <p role="status" className="done">
          {done}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" className="import-problems">
          <p>{t('cfgImportRefused')}</p>
          <ul className="problems">
            {problems.map((problem) => (
              <li key={`${problem.path}:${problem.message.en}`}>{problemLine(problem)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
