import { t } from '../../src/i18n/t';
import { mountPage } from '../../src/ui/mount';
import { Summary } from '../../src/ui/popup/Summary';
import '../../src/ui/report/report.css';

mountPage(<Summary />, t('popupTitle'));
