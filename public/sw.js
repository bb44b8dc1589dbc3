// Pathway's service worker: keeps the app shell on the phone so the app
// opens with no signal. Filled in at build time by `cargo xtask dist`.
// Only the shell is cached here; the API is never cached by the worker,
// because personal data lives in the app's own store, which sign-out clears.

const BUILD = "{{build}}";
const SHELL = [/* {{precache}} */];
const CACHE = `pathway-shell-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith("pathway-shell-") && name !== CACHE)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname === "/healthz") return;

  // Every page of the app is the same shell; the app's router does the rest.
  const key = request.mode === "navigate" ? "/" : url.pathname;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request))
  );
});
