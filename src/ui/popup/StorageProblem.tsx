import { useEffect, useState } from 'react';
import { t } from '../../i18n/t';
import { clearStorageProblem, readStorageProblem, type StorageProblem } from '../../store/problems';

/** Says so when Pilar could not save a record (a full disk, an aborted write): RS-20. */
export function StorageProblemNotice() {
  const [problem, setProblem] = useState<StorageProblem>();
  useEffect(() => {
    void readStorageProblem().then(setProblem);
  }, []);
  if (!problem) return null;
  return (
    <section role="alert" aria-labelledby="storage-problem-title">
      <h2 id="storage-problem-title">{t('storageProblemTitle')}</h2>
      <p>{t(problem.name === 'QuotaExceededError' ? 'storageProblemQuota' : 'storageProblemOther', new Date(problem.at).toLocaleString())}</p>
      <button type="button" onClick={() => void clearStorageProblem().then(() => setProblem(undefined))}>
        {t('storageProblemDismiss')}
      </button>
    </section>
  );
}
