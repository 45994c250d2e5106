import { useId, useState } from 'react';
import { check } from '../../checks';
import type { RuleConfig } from '../../config/schema';
import { t } from '../../i18n/t';
import { text } from './state';

const SAMPLE = 'Mohon maaf atas keterlambatan layanan. Silakan kirim NIK dan nomor HP Anda di kolom komentar ya.';

/** A sample draft checked by the same `check()` as the composer, with the config being edited. */
export function Preview({ config }: { config: RuleConfig }) {
  const id = useId();
  const [draft, setDraft] = useState(SAMPLE);
  const findings = check(draft, config).findings.filter((finding) => finding.end > finding.start);
  return (
    <section aria-labelledby={`${id}-title`} className="preview">
      <h2 id={`${id}-title`}>{t('cfgPreview')}</h2>
      <p>{t('cfgPreviewHelp')}</p>
      <label htmlFor={id}>{t('cfgPreviewDraft')}</label>
      <textarea id={id} rows={4} value={draft} onChange={(event) => setDraft(event.target.value)} />
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p className="empty">{t('cfgPreviewClean')}</p>
        ) : (
          <ul className="findings">
            {findings.map((finding) => (
              <li key={`${finding.rule}:${finding.start}`} data-rule={finding.rule} data-severity={finding.severity}>
                <strong>{t(`cfgSeverity_${finding.severity}`)}</strong> “{draft.slice(finding.start, finding.end)}” — {text(finding.message)} <code>{finding.rule}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
