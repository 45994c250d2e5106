/** How long typing must pause before a draft is checked again. */
export const CHECK_DELAY_MS = 150;

/**
 * Debounces check requests and runs at most one at a time: a request made while a run is in
 * progress leads to exactly one more run after it. While `isActive()` is false (the composer is off
 * screen) requests are remembered and run when `resume()` is called.
 */
export function createCheckScheduler(run: () => void, isActive: () => boolean, delay = CHECK_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let pending = false;

  const fire = () => {
    timer = undefined;
    if (!isActive()) {
      pending = true;
      return;
    }
    pending = false;
    running = true;
    try {
      run();
    } finally {
      running = false;
    }
    if (pending) request();
  };

  function request() {
    if (running) {
      pending = true;
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, delay);
  }

  return {
    request,
    /** Runs a remembered request once the composer is back on screen. */
    resume() {
      if (pending && timer === undefined) request();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = false;
    },
  };
}
