import { t } from '../../src/i18n/t';
import { mountPage } from '../../src/ui/mount';
import { Settings } from '../../src/ui/options/Settings';

mountPage(<Settings />, t('optionsTitle'));
