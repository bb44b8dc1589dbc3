// Added by `cargo xtask dist`: a screen's code that can't be fetched (no
// signal, and not yet kept by the service worker) is waited for, and asked
// for again when the phone is back online, instead of failing, which would
// stop the app. This `fetch` is the one the loaders below call.
async function fetch(url) {
  for (;;) {
    try {
      const response = await globalThis.fetch(url);
      if (response.ok) return response;
    } catch {
      // No signal: wait below.
    }
    await new Promise((again) => {
      const later = setTimeout(again, 10000);
      addEventListener("online", () => { clearTimeout(later); again(); }, { once: true });
    });
  }
}
