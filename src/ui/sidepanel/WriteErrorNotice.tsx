import { t } from '../../i18n/t';
import { clockTime } from './format';

/** A record that could not be stored (a full disk, an aborted write): said plainly, never hidden. */
export function WriteErrorNotice({ error, now }: { error: { name: string; at: number }; now: number }) {
  return (
    <p role="alert" className="error">
      {t('queue_writeError', [error.name, clockTime(error.at, 'Asia/Jakarta', now)])}
    </p>
  );
}
