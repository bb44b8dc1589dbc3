// Added by `cargo xtask dist`. The screens' code comes in a few files, each
// holding several chunks back to back: what her home and her plan both
// need, the rest of each, the rest of her screens; the caseload, the rest
// of staff's (`xtask/src/bundles.rs`). Brotli finds what chunks have in
// common only within one file, so a bundle costs less than its chunks
// apart, and each file is one request, not twenty.
//
// A chunk both a young person's and staff's screens need is in a bundle of
// each: the chunks one screen asks for together are taken from one person's
// bundles (a screen's own chunk is in one person's only), so a young
// person's phone never fetches staff code.
//
// A bundle that can't be fetched (no signal, and not yet kept by the
// service worker) is waited for, and asked for again when the phone is back
// online, instead of failing, which would stop the app.
const { files: BUNDLES, chunks: CHUNKS } = {/* {{chunks}} */};

async function patient(url) {
  for (;;) {
    try {
      const response = await globalThis.fetch(url);
      if (response.ok) return await response.arrayBuffer();
    } catch {
      // No signal, or it went while the bundle came: wait below.
    }
    await new Promise((again) => {
      const later = setTimeout(again, 10000);
      addEventListener("online", () => { clearTimeout(later); again(); }, { once: true });
    });
  }
}

// A bundle is fetched once for the chunks asked for together, and let go
// once they have it: a page keeps the code, not its bytes a second time.
const fetched = new Set();
const coming = new Map();
function bundle(file) {
  if (!coming.has(file)) {
    coming.set(file, patient(file).finally(() => coming.delete(file)));
    fetched.add(file);
  }
  return coming.get(file);
}

const whose = (file) => file.split("-")[1];
let asked = null;

// Whether this phone has one of a person's bundles: fetched by this page,
// or kept by the service worker, which keeps the bundles of whoever is
// signed in (so a reload on a screen both people have takes the signed-in
// person's).
async function onPhone(person) {
  for (const file of BUNDLES.filter((file) => whose(file) === person)) {
    if (fetched.has(file)) return true;
    try {
      if (globalThis.caches && (await caches.match(file))) return true;
    } catch {
      // The phone's storage can't be read: as if it held nothing.
    }
  }
  return false;
}

// Whose bundles this batch comes from: one that holds every chunk asked
// for, preferring one the phone has.
async function choose() {
  const batch = asked;
  asked = null;
  let people = ["her", "staff"];
  for (const { where } of batch) {
    people = people.filter((person) => where.some(([index]) => whose(BUNDLES[index]) === person));
  }
  let person = people[0];
  // Asked only when there is a choice, so her screens wait for no lookup.
  if (people.length > 1) {
    for (const candidate of people) {
      if (await onPhone(candidate)) {
        person = candidate;
        break;
      }
    }
  }
  for (const { where, resolve } of batch) {
    const [index, start, end] = where.find(([index]) => whose(BUNDLES[index]) === person) ?? where[0];
    resolve(bundle(BUNDLES[index]).then((bytes) => new Response(new Uint8Array(bytes, start, end - start), {
      headers: { "Content-Type": "application/wasm" },
    })));
  }
}

// The `fetch` the loaders below call, for a chunk: its bytes out of its bundle.
function fetch(url) {
  const where = CHUNKS[url.pathname.split("/").pop()];
  if (where === undefined) return Promise.reject(new Error(`${url} is in no bundle`));
  if (asked === null) {
    asked = [];
    queueMicrotask(choose);
  }
  return new Promise((resolve) => asked.push({ where, resolve }));
}
