import { t } from '../../src/i18n/t';
import { mountPage } from '../../src/ui/mount';
import { Summary } from '../../src/ui/popup/Summary';

mountPage(<Summary />, t('popupTitle'));
