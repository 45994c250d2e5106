import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ConfigProblem } from '../../config/parse';
import type { ConfigState } from '../../messaging/protocol';
import { t } from '../../i18n/t';
import { originPattern, subscriptionUrl, DEFAULT_HOURS } from '../../team-config/subscription';
import { ask, problemLine, text } from './state';

const when = (at: number) => new Date(at).toLocaleString(t('uiLanguage') === 'en' ? 'en-GB' : 'id-ID');

/** The team subscription: its address, when it last worked, and why it last failed. */
export function SubscriptionPanel({ state, onState }: { state: ConfigState; onState(state: ConfigState): void }) {
  const id = useId();
  const subscription = state.subscription;
  const [url, setUrl] = useState(subscription?.url ?? '');
  const [hours, setHours] = useState(String(subscription?.hours ?? DEFAULT_HOURS));
  const [problems, setProblems] = useState<ConfigProblem[]>([]);

  const answer = async (message: Parameters<typeof ask>[0]) => {
    const reply = await ask(message);
    if (reply?.ok) {
      setProblems([]);
      onState(reply.state);
    } else setProblems(reply?.problems ?? []);
  };

  const subscribe = async () => {
    const parsed = subscriptionUrl(url);
    const every = Number(hours);
    if (!parsed || !Number.isInteger(every) || every < 1 || every > 168) {
      setProblems([{ path: '$', message: { id: 'alamat harus https://… dan selang 1–168 jam', en: 'the address must be https://… and the interval 1–168 hours' } }]);
      return;
    }
    // The browser asks the admin for this one origin; it must be asked from the click itself.
    const granted = await browser.permissions.request({ origins: [originPattern(parsed)] }).catch(() => false);
    if (!granted) {
      setProblems([{ path: '$', message: { id: t('cfgPermissionDenied'), en: t('cfgPermissionDenied') } }]);
      return;
    }
    await answer({ type: 'config/subscribe', url: parsed.href, hours: every });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="subscription">
      <h2 id={`${id}-title`}>{t('cfgSubscription')}</h2>
      <p>{t('cfgSubscriptionHelp')}</p>
      {state.subscriptionLocked && <p className="source">{t('cfgSubscriptionLocked')}</p>}
      <fieldset disabled={state.subscriptionLocked}>
        <legend className="visually-hidden">{t('cfgSubscription')}</legend>
        <label htmlFor={`${id}-url`}>{t('cfgSubscriptionUrl')}</label>
        <input id={`${id}-url`} type="url" value={url} placeholder="https://…/pilar.json" onChange={(event) => setUrl(event.target.value)} />
        <label htmlFor={`${id}-hours`}>{t('cfgSubscriptionHours')}</label>
        <input id={`${id}-hours`} type="number" min={1} max={168} value={hours} onChange={(event) => setHours(event.target.value)} />
        <button type="button" onClick={() => void subscribe()}>
          {t('cfgSubscribe')}
        </button>
        {subscription && (
          <button type="button" onClick={() => void answer({ type: 'config/unsubscribe' })}>
            {t('cfgUnsubscribe')}
          </button>
        )}
      </fieldset>
      {subscription && (
        <button type="button" onClick={() => void answer({ type: 'config/refresh' })}>
          {t('cfgRefresh')}
        </button>
      )}
      <div className="subscription-status" aria-live="polite">
        {!subscription && <p className="empty">{t('cfgSubscriptionNone')}</p>}
        {subscription?.okAt !== undefined && <p className="ok">{t('cfgSubscriptionOk', when(subscription.okAt))}</p>}
        {subscription?.failure && (
          <div role="alert" className="failure">
            <p>{t('cfgSubscriptionFailed', [when(subscription.failure.at), text(subscription.failure.message)])}</p>
            <ul className="problems">
              {subscription.failure.problems.map((problem) => (
                <li key={`${problem.path}:${problem.message.en}`}>{problemLine(problem)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="problems" role="alert">
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message.en}`}>{problemLine(problem)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
