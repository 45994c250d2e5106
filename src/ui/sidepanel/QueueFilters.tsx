import { t, type MessageKey } from '../../i18n/t';
import { EpisodeStateSchema, QueueCategory, type Platform, type QueueFilter } from '../../messaging/protocol';
import { accountName, categoryName, platformName, stateName } from './format';

interface Props {
  filter: QueueFilter;
  platforms: Platform[];
  accounts: string[];
  onChange: (filter: QueueFilter) => void;
}

/** Filters by platform, account, category and state; "all" clears one. */
export function QueueFilters({ filter, platforms, accounts, onChange }: Props) {
  const select = (label: MessageKey, value: string | undefined, options: [string, string][], set: (value: string | undefined) => void, all = true) => (
    <label>
      {t(label)}
      <select value={value ?? ''} onChange={(event) => set(event.target.value === '' ? undefined : event.target.value)}>
        {all && <option value="">{t('queue_filterAll')}</option>}
        {options.map(([option, name]) => (
          <option key={option} value={option}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="filters">
      <legend>{t('queue_filtersTitle')}</legend>
      {select('queue_filterState', filter.state, EpisodeStateSchema.options.map((state) => [state, stateName(state)]), (state) => onChange({ ...filter, state: EpisodeStateSchema.parse(state) }), false)}
      {select('queue_filterPlatform', filter.platform, platforms.map((platform) => [platform, platformName(platform)]), (platform) => onChange({ ...filter, platform: platform as Platform | undefined }))}
      {/* Option values carry an "@" so the unknown account ('') differs from "all". */}
      {select('queue_filterAccount', filter.account === undefined ? undefined : `@${filter.account}`, ['', ...accounts].map((account) => [`@${account}`, accountName(account)]), (account) =>
        onChange({ ...filter, account: account?.slice(1) }),
      )}
      {select('queue_filterCategory', filter.category, QueueCategory.options.map((category) => [category, categoryName(category)]), (category) => onChange({ ...filter, category: category as QueueFilter['category'] }))}
    </fieldset>
  );
}
