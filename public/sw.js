// Pathway's service worker: keeps the app on the phone so it opens with no
// signal. Filled in at build time by `cargo xtask dist`.
// The shell everyone needs is cached on install; once someone signs in, the
// app asks for the code of every screen of theirs (a young person's phone
// never fetches the staff screens). The API is never cached by the worker,
// because personal data lives in the app's own store, which sign-out clears.

const BUILD = "{{build}}";
const SHELL = [/* {{precache}} */];
const SCREENS = {/* {{screens}} */};
const CACHE = `pathway-shell-${BUILD}`;

// Through the browser's cache: the files named by their content are the
// ones the page has just loaded (the server lets them be kept for good),
// and the rest are checked with the server, so a first visit downloads
// the app once, not twice.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => keepAll(cache, SHELL))
      .then(() => self.skipWaiting())
  );
});

// A file of a new build comes compressed against the build the phone has
// (docs/updates.md). Should the browser fail to decode it, it is asked for
// again whole (`?whole`), so a phone is never left unable to update. The
// body is read here, since a body that cannot be decoded fails as it is
// read, not as it is asked for.
async function fetchKept(request) {
  const url = new URL(request.url ?? request, self.location.href);
  if (!/-[0-9a-f]{16}(_bg)?\./.test(url.pathname)) return fetch(request);
  try {
    const response = await fetch(request);
    const body = await response.arrayBuffer();
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch {
    url.search = "whole";
    return fetch(url);
  }
}

// Like `cache.addAll`, each file through `fetchKept`.
async function keepAll(cache, files) {
  const responses = await Promise.all(files.map(async (file) => {
    const response = await fetchKept(file);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return [file, response];
  }));
  await Promise.all(responses.map(([file, response]) => cache.put(file, response)));
}

// The build before this one keeps its cache, so a page of it still open
// can load its own screens; older ones go. (Cache names list oldest first.)
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => {
        const older = names.filter((name) => name.startsWith("pathway-shell-") && name !== CACHE);
        return Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      })
      .then(() => self.clients.claim())
  );
});

// `{ words: "/lang/…" }`, sent by the app as it starts: the words of the
// language it shows, the only one this phone keeps.
// `{ keep: "young_person" | "staff" }`, sent by the app once someone is
// signed in: the code of every screen of theirs, so each opens with no
// signal. Answered `{ kept }` once it is all in the cache.
self.addEventListener("message", (event) => {
  const words = event.data && event.data.words;
  if (typeof words === "string" && words.startsWith("/lang/")) {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      if (!(await cache.match(words))) await keepAll(cache, [words]);
    }));
    return;
  }
  const who = event.data && event.data.keep;
  if (who !== "young_person" && who !== "staff") return;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const missing = [];
      for (const file of SCREENS[who]) {
        if (!(await cache.match(file))) missing.push(file);
      }
      await keepAll(cache, missing);
      event.source.postMessage({ kept: who });
    })
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
  // This build's own files first: the build before's cache has a page
  // and files of the same names, kept only for a page of it still open.
  event.respondWith((async () => {
    const cached = (await (await caches.open(CACHE)).match(key)) ?? (await caches.match(key));
    if (cached) return cached;
    const response = await fetchKept(request);
    // A bundle of screens' code or the later screens' stylesheet opened
    // before its person's screens were all kept, or the words of a
    // language she has just chosen.
    if (response.ok && ["/screens-", "/lang/", "/later-"].some((start) => url.pathname.startsWith(start))) {
      const cache = await caches.open(CACHE);
      await cache.put(key, response.clone());
    }
    return response;
  })());
});

// A push carries nothing: what it is about stays on the phone, behind the
// sign-in, and the lock screen says only that there is something new.
self.addEventListener("push", (event) => {
  event.waitUntil(
    self.registration.showNotification("Pathway", {
      body: "There's something new for you in Pathway.",
      icon: "/icons/icon-192.png",
      tag: "pathway",
      renotify: true,
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil((async () => {
    const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    if (open.length > 0) return open[0].focus();
    return self.clients.openWindow("/");
  })());
});
