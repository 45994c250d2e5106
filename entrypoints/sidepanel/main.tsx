import { t } from '../../src/i18n/t';
import { mountPage } from '../../src/ui/mount';
import { ReplyQueue } from '../../src/ui/sidepanel/ReplyQueue';

mountPage(<ReplyQueue />, t('sidepanelTitle'));
