import type { ReactNode } from 'react';
import type { SettingKey } from '../../config/schema';
import type { Source } from '../../config/resolve';
import { t, type MessageKey } from '../../i18n/t';

/**
 * One group of settings with the source each comes from. A setting set by policy or by the team
 * file is shown, not editable: the fieldset is disabled, so no control in it takes input.
 */
export function Section({ title, settings, sources, children }: { title: string; settings: SettingKey[]; sources: Record<SettingKey, Source>; children: ReactNode }) {
  const locked = settings.some((key) => sources[key] === 'policy' || sources[key] === 'team');
  const id = `section-${settings.join('-')}`;
  const source = [...new Set(settings.map((key) => sources[key]))];
  return (
    <section aria-labelledby={id} className={locked ? 'locked' : undefined} data-settings={settings.join(' ')}>
      <h2 id={id}>{title}</h2>
      <p className="source" data-source={source.join(' ')}>
        {source.map((s) => t(`cfgSource_${s}` as MessageKey)).join(' · ')}
      </p>
      <fieldset disabled={locked}>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </section>
  );
}
