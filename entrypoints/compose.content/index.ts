import { startCapture } from '../../src/capture/watch';
import { check } from '../../src/checks';
import { attachComposer } from '../../src/compose/session';
import { createGuard } from '../../src/guard/intercept';
import { outcomeMessage, sendOutcome } from '../../src/guard/outcome';
import { adapterForHost } from '../../src/sites';
import { PLATFORM_MATCHES } from '../../src/sites/platforms';
import { watchComposers } from '../../src/sites/watch';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    const guard = createGuard({
      adapter,
      check,
      record: (facts) => void sendOutcome(outcomeMessage({ ...facts, account: adapter.currentAccount() })),
      listen: (type, listener) => ctx.addEventListener(window, type, listener as EventListener, { capture: true }),
    });
    watchComposers(ctx, adapter, (editor) => {
      void browser.runtime
        .sendMessage({ type: 'compose/attached', platform: adapter.platform, editorKind: editor.kind })
        .catch(() => undefined);
      return attachComposer(adapter, editor, guard);
    });
    startCapture(ctx, adapter);
  },
});
