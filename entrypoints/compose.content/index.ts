import { watchComposers } from '../../src/sites/watch';
import { adapterForHost } from '../../src/sites';
import { PLATFORM_MATCHES } from '../../src/sites/platforms';
import { mountBadge } from '../../src/ui/overlay/badge';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    watchComposers(ctx, adapter, (editor) => {
      void browser.runtime
        .sendMessage({ type: 'compose/attached', platform: adapter.platform, editorKind: editor.kind })
        .catch(() => undefined);
      return mountBadge(editor.element);
    });
  },
});
