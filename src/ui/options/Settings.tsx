import { useEffect, useMemo, useState } from 'react';
import { parseConfig, type ConfigProblem } from '../../config/parse';
import type { SettingKey } from '../../config/schema';
import type { ConfigState } from '../../messaging/protocol';
import { t } from '../../i18n/t';
import { GuardSection, LanguageSections, ThresholdsSection } from './GeneralSections';
import { ImportExport } from './ImportExport';
import { PatternsSection, RepliesSection } from './ListSections';
import { Preview } from './Preview';
import { ResponsesSection } from './ResponsesSection';
import { RulesSection } from './RulesSection';
import { ask, editingConfig, problemLine, useConfigState } from './state';
import { SubscriptionPanel } from './SubscriptionPanel';
import { TermsSection } from './TermsSection';
import './options.css';

const pathOf = (key: SettingKey) => `$.${key}`;

/** The options page: the team's rule config, where each setting comes from, and its sources. */
export function Settings() {
  const { state, setState } = useConfigState();
  const [local, setLocal] = useState<Record<string, unknown>>({});
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  // Bumped when the settings change from outside the form (load, import, reset), to refill it.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (state && !dirty) {
      setLocal(state.local);
      setRevision((r) => r + 1);
    }
    // Only a new state from the background refills the form; typing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const config = useMemo(() => (state ? editingConfig(state, local) : undefined), [state, local]);
  if (state === undefined) return <p>{t('cfgLoading')}</p>;
  if (state === null || !config) return <p role="alert">{t('cfgUnavailable')}</p>;

  const propose = (key: SettingKey, value: unknown): ConfigProblem[] => {
    const candidate = { ...local, [key]: value };
    const parsed = parseConfig(candidate);
    if (!parsed.ok) {
      const own = parsed.problems.filter((p) => p.path === pathOf(key) || p.path.startsWith(`${pathOf(key)}.`) || p.path.startsWith(`${pathOf(key)}[`));
      return own.length > 0 ? own : parsed.problems;
    }
    setLocal(candidate);
    setDirty(true);
    setSaved(false);
    return [];
  };

  const adopt = (next: ConfigState) => {
    setDirty(false);
    setState(next);
  };

  const save = async () => {
    const answer = await ask({ type: 'config/save', document: local });
    if (answer?.ok) {
      adopt(answer.state);
      setSaved(true);
    }
  };

  const props = { config, sources: state.sources, propose };
  return (
    <main aria-labelledby="settings-title" className="options">
      <h1 id="settings-title">{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {state.problems.length > 0 && (
        <div role="alert" className="policy-problems">
          <p>{t('cfgPolicyProblems')}</p>
          <ul className="problems">
            {state.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message.en}`}>{problemLine(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="save-bar">
        <button type="button" onClick={() => void save()} disabled={!dirty}>
          {t('cfgSave')}
        </button>
        <span role="status">{saved ? t('cfgSaved') : dirty ? t('cfgUnsaved') : ''}</span>
      </div>
      <div className="columns">
        <div className="settings" key={revision}>
          <LanguageSections {...props} />
          <GuardSection {...props} />
          <TermsSection {...props} />
          <ThresholdsSection {...props} />
          <PatternsSection {...props} />
          <RepliesSection {...props} />
          <ResponsesSection {...props} />
          <RulesSection {...props} />
        </div>
        <aside>
          <Preview config={config} />
          <ImportExport config={config} onState={adopt} />
          <SubscriptionPanel key={state.subscription?.url ?? ''} state={state} onState={adopt} />
        </aside>
      </div>
    </main>
  );
}
