import { t } from '../../src/i18n/t';
import { mountPage } from '../../src/ui/mount';
import { ReplyQueue } from '../../src/ui/sidepanel/ReplyQueue';
import '../../src/ui/sidepanel/sidepanel.css';

mountPage(<ReplyQueue />, t('sidepanelTitle'));
