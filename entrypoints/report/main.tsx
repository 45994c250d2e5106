import { t } from '../../src/i18n/t';
import { mountPage } from '../../src/ui/mount';
import { ReportPage } from '../../src/ui/report/ReportPage';
import '../../src/ui/report/report.css';

mountPage(<ReportPage />, t('reportTitle'));
