import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/t';
import type { Platform } from '../../messaging/protocol';
import { platformName } from './format';

/** Asked once per platform whose pages did not say which account the admin acts as. */
export function AccountQuestion({ platform, onAnswer }: { platform: Platform; onAnswer: (platform: Platform, account: string) => void }) {
  const [account, setAccount] = useState('');
  const id = `account-${platform}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = account.trim().replace(/^@/, '');
    if (name) onAnswer(platform, name);
  };
  return (
    <form className="question" onSubmit={submit}>
      <label htmlFor={id}>{t('queue_accountQuestion', platformName(platform))}</label>
      <div className="row">
        <input id={id} value={account} onChange={(event) => setAccount(event.target.value)} placeholder={t('queue_accountPlaceholder')} autoComplete="off" />
        <button type="submit" disabled={account.trim().replace(/^@/, '') === ''}>
          {t('queue_accountSave')}
        </button>
      </div>
    </form>
  );
}
